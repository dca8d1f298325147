namespace ICDiplomacy.Web.Cms.ReferenceData;

/// <summary>One CSV record and the (1-based) line it starts on.</summary>
internal sealed record CsvRecord(int LineNumber, IReadOnlyList<string> Fields);
