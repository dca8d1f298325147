using ICDiplomacy.Web.Cms.Members;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ICDiplomacy.Web.Tests.Cms.Members;

public class MemberServiceTests
{
    private const string Admin = "admin@test";
    private const string Password = "correct horse battery";

    private static MemberInput Input(string userName, string email, params Guid[] groups) =>
        new(email, userName, "Name of " + userName, Password, IsApproved: true, groups);

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Create_with_groups_stores_a_hashed_password_and_the_memberships(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            TestDatabase.RequirePostgres();
        }

        await using var cms = await CmsHarness.StartAsync(provider);
        var group = await cms.Get<MemberService>().CreateGroupAsync("Board", Admin);
        var created = await cms.Get<MemberService>().CreateAsync(Input("amina", "amina@example.org", group.Key!.Value), Admin);

        Assert.True(created.Succeeded, created.Message);
        var db = cms.Db;
        var member = await db.Members.SingleAsync(m => m.Key == created.Key);
        Assert.NotEqual(Password, member.PasswordHash);
        Assert.DoesNotContain(Password, member.PasswordHash, StringComparison.Ordinal);
        Assert.Equal([group.Key.Value], await cms.Get<MemberService>().GroupKeysOfAsync(member.Id, CancellationToken.None));
        Assert.True((await cms.Get<MemberService>().CheckPasswordAsync("AMINA", Password, CancellationToken.None)).Succeeded);
        Assert.Contains(await db.Audit.Select(a => a.Action).ToListAsync(), a => a == "member-create");
    }

    [Fact]
    public async Task Create_with_a_taken_email_or_user_name_in_another_case_is_refused_with_field_errors()
    {
        await using var cms = await CmsHarness.StartAsync(DatabaseProvider.Sqlite);
        Assert.True((await cms.Get<MemberService>().CreateAsync(Input("amina", "amina@example.org"), Admin)).Succeeded);

        var again = await cms.Get<MemberService>().CreateAsync(Input("AMINA", "Amina@Example.org"), Admin);

        Assert.Equal(MemberOperationStatus.ValidationFailed, again.Status);
        Assert.Contains("email", again.Errors.Keys);
        Assert.Contains("username", again.Errors.Keys);
        Assert.Equal(1, await cms.Db.Members.CountAsync());
    }

    [Fact]
    public async Task Create_with_a_short_password_a_bad_email_or_an_unknown_group_names_each_field()
    {
        await using var cms = await CmsHarness.StartAsync(DatabaseProvider.Sqlite);

        var result = await cms.Get<MemberService>().CreateAsync(new MemberInput("not-an-email\r\nBcc: x@y", "amina", null, "short", true, [Guid.NewGuid()]), Admin);

        Assert.Equal(MemberOperationStatus.ValidationFailed, result.Status);
        Assert.Equal(["email", "groups", "password"], result.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, await cms.Db.Members.CountAsync());
    }

    [Fact]
    public async Task Password_check_locks_the_member_out_after_five_failures_for_fifteen_minutes()
    {
        await using var cms = await CmsHarness.StartAsync(DatabaseProvider.Sqlite);
        Assert.True((await cms.Get<MemberService>().CreateAsync(Input("amina", "amina@example.org"), Admin)).Succeeded);

        for (var i = 1; i < MemberService.MaxFailedAccessAttempts; i++)
        {
            Assert.Equal(MemberSignInStatus.Failed, (await cms.Get<MemberService>().CheckPasswordAsync("amina", "wrong password " + i, CancellationToken.None)).Status);
        }

        Assert.Equal(MemberSignInStatus.LockedOut, (await cms.Get<MemberService>().CheckPasswordAsync("amina", "wrong again!", CancellationToken.None)).Status);
        // Even the right password is refused while locked out.
        Assert.Equal(MemberSignInStatus.LockedOut, (await cms.Get<MemberService>().CheckPasswordAsync("amina@example.org", Password, CancellationToken.None)).Status);

        cms.Factory.Clock.Advance(MemberService.LockoutDuration + TimeSpan.FromSeconds(1));
        Assert.Equal(MemberSignInStatus.Succeeded, (await cms.Get<MemberService>().CheckPasswordAsync("amina", Password, CancellationToken.None)).Status);
        Assert.Contains(await cms.Db.Audit.Select(a => a.Action).ToListAsync(), a => a == "member-lockout");
    }

    [Fact]
    public async Task Password_check_gives_the_same_answer_for_an_unknown_name_and_a_wrong_password()
    {
        await using var cms = await CmsHarness.StartAsync(DatabaseProvider.Sqlite);
        Assert.True((await cms.Get<MemberService>().CreateAsync(Input("amina", "amina@example.org"), Admin)).Succeeded);

        var unknown = await cms.Get<MemberService>().CheckPasswordAsync("nobody", Password, CancellationToken.None);
        var wrong = await cms.Get<MemberService>().CheckPasswordAsync("amina", "not the password", CancellationToken.None);

        Assert.Equal(MemberSignInStatus.Failed, unknown.Status);
        Assert.Equal(MemberSignInStatus.Failed, wrong.Status);
        Assert.Null(unknown.Member);
        Assert.Null(wrong.Member);
    }

    [Fact]
    public async Task Unapproved_member_with_the_right_password_is_not_signed_in()
    {
        await using var cms = await CmsHarness.StartAsync(DatabaseProvider.Sqlite);
        Assert.True((await cms.Get<MemberService>().CreateAsync(Input("amina", "amina@example.org") with { IsApproved = false }, Admin)).Succeeded);

        Assert.Equal(MemberSignInStatus.NotApproved, (await cms.Get<MemberService>().CheckPasswordAsync("amina", Password, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task Every_save_rotates_the_security_stamp_and_a_new_password_replaces_the_old_one()
    {
        await using var cms = await CmsHarness.StartAsync(DatabaseProvider.Sqlite);
        var group = (await cms.Get<MemberService>().CreateGroupAsync("Board", Admin)).Key!.Value;
        var key = (await cms.Get<MemberService>().CreateAsync(Input("amina", "amina@example.org"), Admin)).Key!.Value;
        async Task<string> Stamp() => await cms.Db.Members.Where(m => m.Key == key).Select(m => m.SecurityStamp).SingleAsync();

        var first = await Stamp();
        Assert.True((await cms.Get<MemberService>().SaveAsync(key, Input("amina", "amina@example.org") with { Name = "Amina D.", Password = null }, Admin)).Succeeded);
        var second = await Stamp();
        Assert.NotEqual(first, second);
        Assert.True((await cms.Get<MemberService>().CheckPasswordAsync("amina", Password, CancellationToken.None)).Succeeded);

        Assert.True((await cms.Get<MemberService>().SaveAsync(key, Input("amina", "amina@example.org", group) with { Password = "a brand new passphrase" }, Admin)).Succeeded);
        Assert.NotEqual(second, await Stamp());
        Assert.True((await cms.Get<MemberService>().CheckPasswordAsync("amina", "a brand new passphrase", CancellationToken.None)).Succeeded);
        Assert.Equal(MemberSignInStatus.Failed, (await cms.Get<MemberService>().CheckPasswordAsync("amina", Password, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task Save_refuses_to_lock_a_member_out_but_unlocks_one()
    {
        await using var cms = await CmsHarness.StartAsync(DatabaseProvider.Sqlite);
        var key = (await cms.Get<MemberService>().CreateAsync(Input("amina", "amina@example.org"), Admin)).Key!.Value;

        var lockRequest = await cms.Get<MemberService>().SaveAsync(key, Input("amina", "amina@example.org") with { Password = null, IsLockedOut = true }, Admin);
        Assert.Equal(MemberOperationStatus.ValidationFailed, lockRequest.Status);
        Assert.Contains("isLockedOut", lockRequest.Errors.Keys);

        for (var i = 0; i < MemberService.MaxFailedAccessAttempts; i++)
        {
            await cms.Get<MemberService>().CheckPasswordAsync("amina", "wrong password!", CancellationToken.None);
        }

        Assert.True((await cms.Get<MemberService>().SaveAsync(key, Input("amina", "amina@example.org") with { Password = null, IsLockedOut = false }, Admin)).Succeeded);
        Assert.True((await cms.Get<MemberService>().CheckPasswordAsync("amina", Password, CancellationToken.None)).Succeeded);
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Deleting_a_group_removes_its_memberships_and_rotates_its_members_stamps(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            TestDatabase.RequirePostgres();
        }

        await using var cms = await CmsHarness.StartAsync(provider);
        var board = (await cms.Get<MemberService>().CreateGroupAsync("Board", Admin)).Key!.Value;
        var staff = (await cms.Get<MemberService>().CreateGroupAsync("Staff", Admin)).Key!.Value;
        var key = (await cms.Get<MemberService>().CreateAsync(Input("amina", "amina@example.org", board, staff), Admin)).Key!.Value;
        var before = await cms.Db.Members.Where(m => m.Key == key).Select(m => m.SecurityStamp).SingleAsync();

        Assert.True((await cms.Get<MemberService>().DeleteGroupAsync(board, Admin)).Succeeded);

        var member = await cms.Db.Members.SingleAsync(m => m.Key == key);
        Assert.NotEqual(before, member.SecurityStamp);
        Assert.Equal([staff], await cms.Get<MemberService>().GroupKeysOfAsync(member.Id, CancellationToken.None));
        Assert.Equal(MemberOperationStatus.NotFound, (await cms.Get<MemberService>().DeleteGroupAsync(board, Admin)).Status);
    }

    [Fact]
    public async Task Group_names_are_unique_without_regard_to_case()
    {
        await using var cms = await CmsHarness.StartAsync(DatabaseProvider.Sqlite);
        Assert.True((await cms.Get<MemberService>().CreateGroupAsync("Board", Admin)).Succeeded);
        var staff = (await cms.Get<MemberService>().CreateGroupAsync("Staff", Admin)).Key!.Value;

        Assert.Contains("name", (await cms.Get<MemberService>().CreateGroupAsync(" board ", Admin)).Errors.Keys);
        Assert.Contains("name", (await cms.Get<MemberService>().RenameGroupAsync(staff, "BOARD", Admin)).Errors.Keys);
        Assert.Contains("name", (await cms.Get<MemberService>().CreateGroupAsync("a,b", Admin)).Errors.Keys);
        Assert.True((await cms.Get<MemberService>().RenameGroupAsync(staff, "Secretariat", Admin)).Succeeded);
    }
}
