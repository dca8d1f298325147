using System.Text;

namespace ICDiplomacy.Web.Cms.ReferenceData;

/// <summary>Reads and validates content-schema/reference-data/countries.csv; every problem names the file and line.</summary>
internal static class CountryCsvParser
{
    public const string Header =
        "alpha2,alpha3,numeric,name,regionCode,regionName,subRegionCode,subRegionName," +
        "intermediateRegionCode,intermediateRegionName,unctadDeveloping,g77Member,wbIncomeGroup";

    private const int FieldCount = 13;

    public static IReadOnlyList<Country> Parse(string csvPath)
    {
        var records = CsvRecordReader.Read(File.ReadAllText(csvPath, Encoding.UTF8), csvPath);
        if (records.Count == 0)
        {
            throw CsvRecordReader.Error(csvPath, 1, $"the file is empty; expected the header '{Header}'.");
        }

        var header = string.Join(',', records[0].Fields);
        if (!string.Equals(header, Header, StringComparison.Ordinal))
        {
            throw CsvRecordReader.Error(csvPath, records[0].LineNumber, $"expected the header '{Header}' but found '{header}'.");
        }

        var countries = new List<Country>(records.Count - 1);
        var alpha2Lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var alpha3Lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var numericLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            var country = ParseRow(record, csvPath);
            RejectDuplicate(alpha2Lines, country.Alpha2, "alpha2", record.LineNumber, csvPath);
            RejectDuplicate(alpha3Lines, country.Alpha3, "alpha3", record.LineNumber, csvPath);
            if (country.Numeric is not null)
            {
                RejectDuplicate(numericLines, country.Numeric, "numeric", record.LineNumber, csvPath);
            }

            countries.Add(country);
        }

        return countries;
    }

    private static Country ParseRow(CsvRecord record, string csvPath)
    {
        var fields = record.Fields;
        if (fields.Count != FieldCount)
        {
            throw Error($"expected {FieldCount} fields but found {fields.Count}.");
        }

        var alpha2 = fields[0];
        if (!IsUpperLetters(alpha2, 2))
        {
            throw Error($"alpha2 '{alpha2}' is not two upper-case letters A-Z.");
        }

        var alpha3 = fields[1];
        if (!IsUpperLetters(alpha3, 3))
        {
            throw Error($"alpha3 '{alpha3}' of {alpha2} is not three upper-case letters A-Z.");
        }

        var numeric = Optional(fields[2]);
        if (numeric is not null && !IsM49Code(numeric))
        {
            throw Error($"numeric '{numeric}' of {alpha2} is not a three-digit code.");
        }

        var name = fields[3];
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length != name.Length)
        {
            throw Error($"name '{name}' of {alpha2} is empty or has surrounding spaces.");
        }

        var region = ParseRegion(fields[4], fields[5], alpha2, Error);
        var (subRegionCode, subRegionName) = ParseCodeAndName(fields[6], fields[7], "sub-region", alpha2, Error);
        var (intermediateCode, intermediateName) = ParseCodeAndName(fields[8], fields[9], "intermediate region", alpha2, Error);
        if (region is M49Region.Unknown && (subRegionCode is not null || intermediateCode is not null))
        {
            throw Error($"{alpha2} has a sub-region or intermediate region but no region.");
        }

        if (region is not M49Region.Unknown && subRegionCode is null)
        {
            throw Error($"{alpha2} has a region but no sub-region.");
        }

        return new Country(
            alpha2,
            alpha3,
            numeric,
            name,
            region,
            subRegionCode,
            subRegionName,
            intermediateCode,
            intermediateName,
            ParseBoolean(fields[10], "unctadDeveloping", alpha2, Error),
            ParseBoolean(fields[11], "g77Member", alpha2, Error),
            ParseIncomeGroup(fields[12], alpha2, Error));

        InvalidDataException Error(string problem) => CsvRecordReader.Error(csvPath, record.LineNumber, problem);
    }

    private static M49Region ParseRegion(string code, string name, string alpha2, Func<string, InvalidDataException> error)
    {
        if (code.Length == 0 && name.Length == 0)
        {
            return M49Region.Unknown;
        }

        if (!M49Regions.TryParseCode(code, out var region))
        {
            throw error($"regionCode '{code}' of {alpha2} is not one of 002, 019, 142, 150, 009 (or empty).");
        }

        var expectedName = M49Regions.Name(region);
        if (!string.Equals(name, expectedName, StringComparison.Ordinal))
        {
            throw error($"regionName '{name}' of {alpha2} does not match regionCode {code} ({expectedName}).");
        }

        return region;
    }

    private static (string? Code, string? Name) ParseCodeAndName(
        string code, string name, string what, string alpha2, Func<string, InvalidDataException> error)
    {
        if (code.Length == 0 && name.Length == 0)
        {
            return (null, null);
        }

        if (!IsM49Code(code) || string.IsNullOrWhiteSpace(name))
        {
            throw error($"{what} of {alpha2} needs both a three-digit code and a name (found '{code}', '{name}').");
        }

        return (code, name);
    }

    private static bool ParseBoolean(string value, string column, string alpha2, Func<string, InvalidDataException> error) =>
        value switch
        {
            "true" => true,
            "false" => false,
            _ => throw error($"{column} '{value}' of {alpha2} is not 'true' or 'false'."),
        };

    private static WorldBankIncomeGroup ParseIncomeGroup(string value, string alpha2, Func<string, InvalidDataException> error) =>
        value switch
        {
            "" => WorldBankIncomeGroup.Unclassified,
            "Low" => WorldBankIncomeGroup.Low,
            "LowerMiddle" => WorldBankIncomeGroup.LowerMiddle,
            "UpperMiddle" => WorldBankIncomeGroup.UpperMiddle,
            "High" => WorldBankIncomeGroup.High,
            _ => throw error($"wbIncomeGroup '{value}' of {alpha2} is not Low, LowerMiddle, UpperMiddle, High or empty."),
        };

    private static void RejectDuplicate(Dictionary<string, int> seen, string code, string column, int line, string csvPath)
    {
        if (!seen.TryAdd(code, line))
        {
            throw CsvRecordReader.Error(csvPath, line, $"duplicate {column} code '{code}' (first on line {seen[code]}).");
        }
    }

    private static string? Optional(string value) => value.Length == 0 ? null : value;

    private static bool IsUpperLetters(string value, int length) =>
        value.Length == length && value.All(char.IsAsciiLetterUpper);

    private static bool IsM49Code(string value) => value.Length == 3 && value.All(char.IsAsciiDigit);
}
