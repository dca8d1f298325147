using ICDiplomacy.Web.RegionalBalance;

namespace ICDiplomacy.Web.Tests.RegionalBalance;

/// <summary>
/// Builds participant lists the way the specification writes them: "US*3 GB*2 DE" gives six participants
/// with ids p1…p6; "-" is a participant without a country; "SD@SAF" carries the party tag SAF.
/// </summary>
internal static class Roster
{
    public static List<BalanceParticipant> Of(string spec, string idPrefix = "p")
    {
        var participants = new List<BalanceParticipant>();
        foreach (var token in spec.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (body, times) = token.Split('*') is [var b, var t] ? (b, int.Parse(t, System.Globalization.CultureInfo.InvariantCulture)) : (token, 1);
            var (country, party) = body.Split('@') is [var c, var p] ? (c, p) : (body, null);
            for (var i = 0; i < times; i++)
            {
                participants.Add(new BalanceParticipant($"{idPrefix}{participants.Count + 1}", country == "-" ? null : country, party));
            }
        }

        return participants;
    }
}
