namespace ICDiplomacy.Web.Tests;

public class SmokeTests
{
    [Fact]
    public void Build_runs_tests() => Assert.True(true);
}
