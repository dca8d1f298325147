using System.Runtime.CompilerServices;
using ICDiplomacy.Web.Cms.ReferenceData;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>
/// The catalog flattened into a 26×26 table indexed by the alpha-2 code, so classifying 10 000 participants
/// costs two array reads each and no string work. Built once per catalog instance.
/// </summary>
internal sealed class CountryLookup
{
    public const int Slots = 26 * 26;
    public const int NoSlot = -1;

    private static readonly ConditionalWeakTable<CountryCatalog, CountryLookup> Cache = [];

    private readonly M49Region[] _regions = new M49Region[Slots];

    // Bit (1 << (int)definition) set when the country is Global South under that definition.
    private readonly byte[] _globalSouth = new byte[Slots];

    private CountryLookup(CountryCatalog catalog)
    {
        foreach (var country in catalog.All)
        {
            var slot = SlotOf(country.Alpha2);
            if (slot == NoSlot)
            {
                continue;
            }

            _regions[slot] = country.Region;
            foreach (var definition in Enum.GetValues<GlobalSouthDefinition>())
            {
                if (country.IsGlobalSouth(definition))
                {
                    _globalSouth[slot] |= (byte)(1 << (int)definition);
                }
            }
        }
    }

    public static CountryLookup For(CountryCatalog catalog) => Cache.GetValue(catalog, static c => new CountryLookup(c));

    /// <summary>0–675 for two ASCII letters in any case, else <see cref="NoSlot"/>; surrounding spaces are ignored.</summary>
    public static int SlotOf(string? code)
    {
        if (code is null)
        {
            return NoSlot;
        }

        var span = code.AsSpan();
        if (span.Length != 2)
        {
            span = span.Trim();
            if (span.Length != 2)
            {
                return NoSlot;
            }
        }

        var a = Letter(span[0]);
        var b = Letter(span[1]);
        return a < 0 || b < 0 ? NoSlot : (a * 26) + b;
    }

    public M49Region RegionAt(int slot) => slot == NoSlot ? M49Region.Unknown : _regions[slot];

    public bool IsGlobalSouthAt(int slot, GlobalSouthDefinition definition) =>
        slot != NoSlot && (_globalSouth[slot] & (1 << (int)definition)) != 0;

    private static int Letter(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a',
        _ => -1,
    };
}
