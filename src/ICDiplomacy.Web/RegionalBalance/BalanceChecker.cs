using ICDiplomacy.Web.Cms.ReferenceData;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>
/// The regional-balance check of shared/domain/regional-balance.md (v1): a pure function of the input and the
/// country catalog. One pass over the participants with stack-allocated counters; the id set used for
/// de-duplication is reused per thread, so a check allocates little more than its result.
/// </summary>
public static class BalanceChecker
{
    private const int RegionSlots = 6; // M49Region.Unknown (0) and the five regions (1–5)
    private const short NoParty = -1;
    private const short SeveralParties = -2;
    private const int TagNamesNoParty = -3;
    private const int MaxIdsInExplanation = 5;

    private const int MaxPooledIdSet = 100_000;

    private static readonly double LnK = Math.Log(5);

    // One id set per thread, reused: a fresh HashSet for 10 000 ids is ~200 KB, which lands on the large
    // object heap and turned every check into a gen-2 allocation (the bench's p99 showed it).
    [ThreadStatic]
    private static HashSet<string>? _pooledIds;

    public static BalanceResult Check(BalanceInput input, CountryCatalog countries)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(countries);

        var thresholds = input.Thresholds ?? BalanceThresholds.Default;
        thresholds.EnsureValid();
        var lookup = CountryLookup.For(countries);
        var definition = input.GlobalSouth;
        var conflict = input.Conflict;
        var parties = conflict?.Parties ?? [];

        // Step 3's default: which party each country belongs to (or several).
        Span<short> partyBySlot = conflict is null ? default : stackalloc short[CountryLookup.Slots];
        if (conflict is not null)
        {
            partyBySlot.Fill(NoParty);
            for (var i = 0; i < parties.Count; i++)
            {
                foreach (var code in parties[i].Countries)
                {
                    var slot = CountryLookup.SlotOf(code);
                    if (slot != CountryLookup.NoSlot)
                    {
                        var current = partyBySlot[slot];
                        partyBySlot[slot] = current == NoParty || current == i ? (short)i : SeveralParties;
                    }
                }
            }
        }

        // Steps 1–3 in one pass.
        var participants = input.Participants;
        var seen = RentIdSet(participants.Count);
        Span<int> regionCounts = stackalloc int[RegionSlots];
        var partyCounts = new int[parties.Count];
        int n = 0, globalSouth = 0, neutral = 0, ambiguous = 0;
        List<string>? ambiguousIds = null;

        for (var p = 0; p < participants.Count; p++)
        {
            var participant = participants[p];
            if (!seen.Add(participant.Id))
            {
                continue;
            }

            n++;
            var slot = CountryLookup.SlotOf(participant.Country);
            var region = lookup.RegionAt(slot);
            regionCounts[(int)region]++;
            if (region != M49Region.Unknown && lookup.IsGlobalSouthAt(slot, definition))
            {
                globalSouth++;
            }

            if (conflict is null)
            {
                continue;
            }

            var party = MatchTag(participant.Party, parties);
            if (party == NoParty && slot != CountryLookup.NoSlot)
            {
                party = partyBySlot[slot];
            }

            if (party >= 0)
            {
                partyCounts[party]++;
            }
            else if (party == SeveralParties)
            {
                ambiguous++;
                ambiguousIds ??= [];
                if (ambiguousIds.Count < MaxIdsInExplanation)
                {
                    ambiguousIds.Add(participant.Id);
                }
            }
            else
            {
                neutral++;
            }
        }

        ReturnIdSet(seen);
        var metrics = Measure(n, regionCounts, globalSouth, definition, parties, partyCounts, neutral, ambiguous);
        var reasons = new List<BalanceReason>();
        var isForum = input.Profile == BalanceProfile.Forum;
        var nk = metrics.Nk;

        if (n == 0)
        {
            reasons.Add(BalanceExplanations.NoParticipants());
            return Result(input, thresholds, metrics, reasons);
        }

        if (nk == 0)
        {
            reasons.Add(BalanceExplanations.NoKnownCountries(n));
        }
        else if (isForum)
        {
            // R1–R3 need a denominator; with Nk = 0 NoKnownCountries already says everything they could.
            foreach (var region in BalanceRegions.All)
            {
                if (regionCounts[(int)region] == 0 && thresholds.RequiredRegions.Contains(region))
                {
                    reasons.Add(BalanceExplanations.MissingRegion(region));
                }
            }

            foreach (var region in BalanceRegions.All)
            {
                var count = regionCounts[(int)region];
                if (!ThresholdMath.AtMost(count, nk, thresholds.MaxRegionShare))
                {
                    reasons.Add(BalanceExplanations.RegionOverCap(region, count, n, nk, thresholds.MaxRegionShare));
                }
            }

            if (!ThresholdMath.AtLeast(globalSouth, nk, thresholds.MinGlobalSouthShare))
            {
                reasons.Add(BalanceExplanations.GlobalSouthBelowFloor(globalSouth, n, nk, definition, thresholds.MinGlobalSouthShare));
            }
        }

        if (conflict is not null)
        {
            var missing = false;
            for (var i = 0; i < parties.Count; i++)
            {
                if (partyCounts[i] == 0)
                {
                    missing = true;
                    reasons.Add(BalanceExplanations.MissingParty(conflict, parties[i]));
                }
            }

            // R5 is only meaningful once every party is present (spec: not evaluated while a party is missing).
            if (!missing && parties.Count > 1)
            {
                var max = partyCounts.Max();
                var min = partyCounts.Min();
                if (!ThresholdMath.AtMost(max, min, thresholds.MaxPartyRatio))
                {
                    var severity = isForum ? BalanceSeverity.Soft : BalanceSeverity.Hard;
                    reasons.Add(BalanceExplanations.PartyImbalance(parties, partyCounts, thresholds.MaxPartyRatio, severity));
                }
            }
        }

        var unknown = n - nk;
        if (!ThresholdMath.AtMost(unknown, n, thresholds.MaxUnknownShare))
        {
            reasons.Add(BalanceExplanations.UnknownCountryShareHigh(unknown, n, thresholds.MaxUnknownShare));
        }

        if (ambiguous > 0)
        {
            reasons.Add(BalanceExplanations.AmbiguousPartyAffiliation(ambiguous, ambiguousIds ?? [], parties));
        }

        return Result(input, thresholds, metrics, reasons);
    }

    /// <summary>
    /// For each candidate (a waitlisted registrant, say), the result if that one candidate joined the list.
    /// Same contract as <see cref="Check"/>; nothing about the input changes.
    /// </summary>
    public static IReadOnlyList<BalanceResult> WhatIf(BalanceInput input, IReadOnlyList<BalanceParticipant> candidates, CountryCatalog countries)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(candidates);

        var results = new BalanceResult[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            results[i] = Check(input with { Participants = [.. input.Participants, candidates[i]] }, countries);
        }

        return results;
    }

    private static HashSet<string> RentIdSet(int capacity)
    {
        var set = _pooledIds ?? new HashSet<string>(StringComparer.Ordinal);
        _pooledIds = null;
        set.EnsureCapacity(capacity);
        return set;
    }

    private static void ReturnIdSet(HashSet<string> set)
    {
        if (set.Count <= MaxPooledIdSet)
        {
            set.Clear();
            _pooledIds = set;
        }
    }

    // An explicit tag wins. A tag that names no party of the conflict marks a participant who declared
    // something other than the parties, so it counts as neutral; the API rejects such tags before this point.
    private static int MatchTag(string? tag, IReadOnlyList<BalanceConflictParty> parties)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return NoParty;
        }

        var trimmed = tag.AsSpan().Trim();
        for (var i = 0; i < parties.Count; i++)
        {
            if (trimmed.Equals(parties[i].Name.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return TagNamesNoParty;
    }

    private static BalanceMetrics Measure(
        int n,
        ReadOnlySpan<int> regionCounts,
        int globalSouth,
        GlobalSouthDefinition definition,
        IReadOnlyList<BalanceConflictParty> parties,
        int[] partyCounts,
        int neutral,
        int ambiguous)
    {
        var unknown = regionCounts[(int)M49Region.Unknown];
        var nk = n - unknown;
        var regions = new RegionMetric[BalanceRegions.All.Count];
        double sumOfSquares = 0, shannon = 0;
        var covered = 0;
        for (var i = 0; i < regions.Length; i++)
        {
            var region = BalanceRegions.All[i];
            var count = regionCounts[(int)region];
            var share = nk == 0 ? 0d : (double)count / nk;
            regions[i] = new RegionMetric(region, count, share);
            if (count > 0)
            {
                covered++;
                sumOfSquares += share * share;
                shannon -= share * Math.Log(share);
            }
        }

        var blau = nk == 0 ? 0d : 1d - sumOfSquares;
        var partyMetrics = new PartyMetric[parties.Count];
        for (var i = 0; i < partyMetrics.Length; i++)
        {
            partyMetrics[i] = new PartyMetric(parties[i].Name, partyCounts[i]);
        }

        return new BalanceMetrics
        {
            N = n,
            Nk = nk,
            Regions = regions,
            UnknownCount = unknown,
            UnknownShare = n == 0 ? 0d : (double)unknown / n,
            GlobalSouthDefinition = definition,
            GlobalSouthCount = globalSouth,
            GlobalSouthShare = nk == 0 ? 0d : (double)globalSouth / nk,
            RegionsCovered = covered,
            Blau = blau,
            BlauNormalised = blau / (1d - (1d / 5d)),
            Shannon = shannon,
            Evenness = shannon / LnK,
            Parties = partyMetrics,
            NeutralCount = neutral,
            AmbiguousCount = ambiguous,
        };
    }

    private static BalanceResult Result(BalanceInput input, BalanceThresholds thresholds, BalanceMetrics metrics, List<BalanceReason> reasons)
    {
        var verdict = BalanceVerdict.Pass;
        foreach (var reason in reasons)
        {
            if (reason.Severity == BalanceSeverity.Hard)
            {
                verdict = BalanceVerdict.Fail;
                break;
            }

            verdict = BalanceVerdict.Warn;
        }

        return new BalanceResult
        {
            Verdict = verdict,
            Reasons = reasons,
            Metrics = metrics,
            Profile = input.Profile,
            GlobalSouth = input.GlobalSouth,
            Thresholds = thresholds,
        };
    }
}
