using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.RegionalBalance;
using Microsoft.Extensions.DependencyInjection;
using static ICDiplomacy.Web.Tests.RegionalBalance.BalanceContentFixture;

namespace ICDiplomacy.Web.Tests.RegionalBalance;

public sealed class BalanceContentReaderTests(BalanceContentFixture fixture) : IClassFixture<BalanceContentFixture>
{
    [Fact]
    public async Task ReadSessionAsync_demo_session_reads_speakers_in_three_queries()
    {
        await using var scope = fixture.Cms.Factory.Services.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<BalanceContentReader>();
        using var counter = new CommandCounter(scope.ServiceProvider.GetRequiredService<CmsDbContext>());

        var input = await reader.ReadSessionAsync(Demo("forumSession", "sudan-humanitarian-access"), CancellationToken.None);

        Assert.NotNull(input);
        Assert.Equal(BalanceProfile.Forum, input.Profile);
        Assert.Equal(6, input.Participants.Count);
        Assert.All(input.Participants, p => Assert.NotNull(p.Country));
        Assert.Null(input.Conflict);
        Assert.Equal(3, counter.Count);
    }

    [Fact]
    public async Task ReadInitiativeAsync_demo_initiative_reads_experts_parties_and_conflict_in_three_queries()
    {
        await using var scope = fixture.Cms.Factory.Services.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<BalanceContentReader>();
        using var counter = new CommandCounter(scope.ServiceProvider.GetRequiredService<CmsDbContext>());

        var input = await reader.ReadInitiativeAsync(Demo("initiative", "russia-west-contact-group"), CancellationToken.None);

        Assert.NotNull(input);
        Assert.Equal(BalanceProfile.Dialogue, input.Profile);
        Assert.Equal(8, input.Participants.Count);
        Assert.Equal(2, input.Participants.Count(p => p.Party == "Russia"));
        Assert.Equal(3, input.Participants.Count(p => p.Party == "NATO/West"));
        Assert.Equal(Demo("person", "pavel-sorokin").ToString(), input.Participants[1].Id);
        Assert.Equal("RU", input.Participants[1].Country);
        Assert.NotNull(input.Conflict);
        Assert.Equal(["Russia", "NATO/West"], input.Conflict.Parties.Select(p => p.Name));
        Assert.Contains("BY", input.Conflict.Parties[0].Countries);
        Assert.Equal(3, counter.Count);
    }

    [Fact]
    public async Task ReadSessionAsync_unknown_key_returns_null_after_one_query()
    {
        await using var scope = fixture.Cms.Factory.Services.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<BalanceContentReader>();
        using var counter = new CommandCounter(scope.ServiceProvider.GetRequiredService<CmsDbContext>());

        var input = await reader.ReadSessionAsync(Guid.NewGuid(), CancellationToken.None);

        Assert.Null(input);
        Assert.Equal(1, counter.Count);
    }
}
