using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ICDiplomacy.Web.Cms.ReferenceData;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>
/// Turns a <see cref="CheckBalanceRequest"/> into checker input, or into field errors keyed by the JSON path
/// of the offending value (<c>participants[3].country</c>, <c>thresholds.maxRegionShare</c>). Well-formed but
/// unknown country codes are valid: the specification counts them as region Unknown.
/// </summary>
internal static class CheckBalanceRequestValidator
{
    public const int MaxIdLength = 256;
    public const int MaxNameLength = 200;

    private const string CountryMessage = "Must be an ISO 3166-1 alpha-2 country code: two letters, such as \"NG\".";
    private const string ShareMessage = "Must be a fraction between 0 and 1, such as 0.4 for 40 %.";

    public static bool TryValidate(
        CheckBalanceRequest request,
        int maxParticipants,
        [NotNullWhen(true)] out ValidatedBalanceRequest? valid,
        out Dictionary<string, string[]> errors)
    {
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var profile = ValidateProfile(request.Profile, errors);
        var globalSouth = ValidateGlobalSouth(request.GlobalSouth, errors);
        var conflict = ValidateConflict(request.Conflict, errors);
        var overrides = ValidateThresholds(request.Thresholds, errors);
        var participants = ValidateParticipants(request.Participants, maxParticipants, request.Conflict is null ? null : conflict, errors);

        valid = errors.Count == 0
            ? new ValidatedBalanceRequest(profile, participants, conflict, globalSouth, overrides)
            : null;
        return valid is not null;
    }

    private static BalanceProfile ValidateProfile(string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors["profile"] = ["Required: forum or dialogue."];
        }
        else if (!BalanceWireNames.TryParseProfile(value, out var profile))
        {
            errors["profile"] = ["Unknown profile; expected forum or dialogue."];
        }
        else
        {
            return profile;
        }

        return BalanceProfile.Forum;
    }

    private static GlobalSouthDefinition? ValidateGlobalSouth(string? value, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (CountryCatalog.TryParseGlobalSouthDefinition(value, out var definition))
        {
            return definition;
        }

        errors["globalSouth"] = ["Unknown Global South definition; expected unctad, g77 or worldBankIncome."];
        return null;
    }

    private static BalanceConflict? ValidateConflict(CheckBalanceConflict? conflict, Dictionary<string, string[]> errors)
    {
        if (conflict is null)
        {
            return null;
        }

        RequireName(conflict.Name, "conflict.name", errors);
        if (conflict.Parties is not { Count: > 0 })
        {
            errors["conflict.parties"] = ["A conflict needs at least one party."];
            return null;
        }

        var parties = new List<BalanceConflictParty>(conflict.Parties.Count);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < conflict.Parties.Count; i++)
        {
            var key = Invariant($"conflict.parties[{i}]");
            var party = conflict.Parties[i];
            if (party is null)
            {
                errors[key] = ["Must be an object with a name and countries."];
                continue;
            }

            if (RequireName(party.Name, key + ".name", errors) && !names.Add(party.Name!.Trim()))
            {
                errors[key + ".name"] = ["Another party of the conflict has the same name."];
            }

            var countries = new List<string>();
            var codes = party.Countries ?? [];
            for (var j = 0; j < codes.Count; j++)
            {
                if (CountryLookup.SlotOf(codes[j]) == CountryLookup.NoSlot)
                {
                    errors[Invariant($"{key}.countries[{j}]")] = [CountryMessage];
                }
                else
                {
                    countries.Add(codes[j]!.Trim().ToUpperInvariant());
                }
            }

            parties.Add(new BalanceConflictParty(party.Name?.Trim() ?? string.Empty, countries));
        }

        return new BalanceConflict(conflict.Name?.Trim() ?? string.Empty, parties);
    }

    private static BalanceThresholdOverrides? ValidateThresholds(CheckBalanceThresholds? thresholds, Dictionary<string, string[]> errors)
    {
        if (thresholds is null)
        {
            return null;
        }

        RequireShare(thresholds.MaxRegionShare, "thresholds.maxRegionShare", errors);
        RequireShare(thresholds.MinGlobalSouthShare, "thresholds.minGlobalSouthShare", errors);
        RequireShare(thresholds.MaxUnknownShare, "thresholds.maxUnknownShare", errors);
        if (thresholds.MaxPartyRatio is < 1m)
        {
            errors["thresholds.maxPartyRatio"] = ["Must be at least 1: the largest party's count divided by the smallest's."];
        }

        List<M49Region>? required = null;
        if (thresholds.RequiredRegions is { } names)
        {
            required = [];
            for (var i = 0; i < names.Count; i++)
            {
                if (!BalanceRegions.TryParse(names[i], out var region))
                {
                    errors[Invariant($"thresholds.requiredRegions[{i}]")] = ["Unknown region; expected Africa, Americas, Asia, Europe or Oceania."];
                }
                else if (!required.Contains(region))
                {
                    required.Add(region);
                }
            }
        }

        return new BalanceThresholdOverrides
        {
            MaxRegionShare = thresholds.MaxRegionShare,
            MinGlobalSouthShare = thresholds.MinGlobalSouthShare,
            MaxPartyRatio = thresholds.MaxPartyRatio,
            MaxUnknownShare = thresholds.MaxUnknownShare,
            RequiredRegions = required,
        };
    }

    private static List<BalanceParticipant> ValidateParticipants(
        IReadOnlyList<CheckBalanceParticipant?>? participants,
        int maxParticipants,
        BalanceConflict? conflict,
        Dictionary<string, string[]> errors)
    {
        if (participants is null)
        {
            errors["participants"] = ["Required: a list of { id, country, party }; it may be empty."];
            return [];
        }

        if (participants.Count > maxParticipants)
        {
            errors["participants"] =
            [
                Invariant($"Too many participants: at most {maxParticipants} can be checked at once, and this request has {participants.Count}. Split the list or check a sample."),
            ];
            return [];
        }

        var result = new List<BalanceParticipant>(participants.Count);
        for (var i = 0; i < participants.Count; i++)
        {
            var key = Invariant($"participants[{i}]");
            var participant = participants[i];
            if (participant is null)
            {
                errors[key] = ["Must be an object with an id."];
                continue;
            }

            if (string.IsNullOrWhiteSpace(participant.Id))
            {
                errors[key + ".id"] = ["Required: an identifier, unique per person."];
            }
            else if (participant.Id.Length > MaxIdLength)
            {
                errors[key + ".id"] = [Invariant($"At most {MaxIdLength} characters.")];
            }

            var country = string.IsNullOrWhiteSpace(participant.Country) ? null : participant.Country;
            if (country is not null && CountryLookup.SlotOf(country) == CountryLookup.NoSlot)
            {
                errors[key + ".country"] = [CountryMessage];
            }

            var party = string.IsNullOrWhiteSpace(participant.Party) ? null : participant.Party.Trim();
            if (party is not null && conflict is not null
                && !conflict.Parties.Any(p => string.Equals(p.Name, party, StringComparison.OrdinalIgnoreCase)))
            {
                errors[key + ".party"] = [$"Names no party of the conflict; expected one of: {string.Join(", ", conflict.Parties.Select(p => p.Name))}."];
            }

            result.Add(new BalanceParticipant(participant.Id ?? string.Empty, country?.Trim().ToUpperInvariant(), party));
        }

        return result;
    }

    private static bool RequireName(string? value, string key, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[key] = ["Required."];
            return false;
        }

        if (value.Length > MaxNameLength)
        {
            errors[key] = [Invariant($"At most {MaxNameLength} characters.")];
            return false;
        }

        return true;
    }

    private static void RequireShare(decimal? value, string key, Dictionary<string, string[]> errors)
    {
        if (value is < 0m or > 1m)
        {
            errors[key] = [ShareMessage];
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
