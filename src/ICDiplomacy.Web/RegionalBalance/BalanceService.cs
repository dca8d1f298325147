using ICDiplomacy.Web.Cms.ReferenceData;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>
/// Entry point of the feature: applies the configured defaults (Global South definition, per-profile
/// thresholds) and any per-call overrides, then runs the pure <see cref="BalanceChecker"/>.
/// </summary>
public sealed class BalanceService
{
    private readonly CountryCatalog _countries;
    private readonly GlobalSouthDefinition _globalSouth;
    private readonly BalanceThresholds _forum;
    private readonly BalanceThresholds _dialogue;

    public BalanceService(CountryCatalog countries, IOptions<RegionalBalanceOptions> options)
    {
        _countries = countries;
        var value = options.Value;
        _globalSouth = CountryCatalog.TryParseGlobalSouthDefinition(value.GlobalSouthDefinition, out var definition)
            ? definition
            : throw new OptionsValidationException(RegionalBalanceOptions.SectionName, typeof(RegionalBalanceOptions), [$"Unknown Global South definition '{value.GlobalSouthDefinition}'."]);
        _forum = value.Forum.ToThresholds();
        _dialogue = value.Dialogue.ToThresholds();
        MaxParticipants = value.MaxParticipants;
    }

    public int MaxParticipants { get; }

    public GlobalSouthDefinition DefaultGlobalSouth => _globalSouth;

    public CountryCatalog Countries => _countries;

    public BalanceThresholds DefaultThresholds(BalanceProfile profile) =>
        profile == BalanceProfile.Dialogue ? _dialogue : _forum;

    public BalanceInput CreateInput(
        BalanceProfile profile,
        IReadOnlyList<BalanceParticipant> participants,
        BalanceConflict? conflict = null,
        GlobalSouthDefinition? globalSouth = null,
        BalanceThresholdOverrides? overrides = null)
    {
        var defaults = DefaultThresholds(profile);
        return new BalanceInput
        {
            Profile = profile,
            Participants = participants,
            Conflict = conflict,
            GlobalSouth = globalSouth ?? _globalSouth,
            Thresholds = overrides?.ApplyTo(defaults) ?? defaults,
        };
    }

    public BalanceResult Check(
        BalanceProfile profile,
        IReadOnlyList<BalanceParticipant> participants,
        BalanceConflict? conflict = null,
        GlobalSouthDefinition? globalSouth = null,
        BalanceThresholdOverrides? overrides = null) =>
        BalanceChecker.Check(CreateInput(profile, participants, conflict, globalSouth, overrides), _countries);

    public BalanceResult Check(BalanceInput input) => BalanceChecker.Check(input, _countries);

    /// <summary>The result for each candidate if that candidate alone joined (waitlist and admission previews).</summary>
    public IReadOnlyList<BalanceResult> WhatIf(BalanceInput input, IReadOnlyList<BalanceParticipant> candidates) =>
        BalanceChecker.WhatIf(input, candidates, _countries);
}
