using System.Text;

namespace ICDiplomacy.Web.Cms.ReferenceData;

/// <summary>
/// A small RFC 4180 reader: comma-separated fields, double-quoted fields may hold commas, line breaks and
/// doubled quotes. Accepts LF, CRLF and CR line ends and skips blank lines.
/// </summary>
internal static class CsvRecordReader
{
    public static IReadOnlyList<CsvRecord> Read(string text, string source)
    {
        var records = new List<CsvRecord>();
        var position = 0;
        var line = 1;

        while (position < text.Length)
        {
            if (IsLineBreak(text[position]))
            {
                position = SkipLineBreak(text, position);
                line++;
                continue;
            }

            var recordLine = line;
            var fields = new List<string>();
            while (true)
            {
                fields.Add(position < text.Length && text[position] == '"'
                    ? ReadQuoted(text, source, ref position, ref line)
                    : ReadUnquoted(text, source, ref position, line));

                if (position < text.Length && text[position] == ',')
                {
                    position++;
                    continue;
                }

                if (position < text.Length)
                {
                    position = SkipLineBreak(text, position);
                    line++;
                }

                break;
            }

            records.Add(new CsvRecord(recordLine, fields));
        }

        return records;
    }

    private static string ReadQuoted(string text, string source, ref int position, ref int line)
    {
        var openingLine = line;
        var value = new StringBuilder();
        position++;
        while (true)
        {
            if (position >= text.Length)
            {
                throw Error(source, openingLine, "a quoted field is not closed.");
            }

            var c = text[position++];
            if (c == '"')
            {
                if (position < text.Length && text[position] == '"')
                {
                    value.Append('"');
                    position++;
                    continue;
                }

                break;
            }

            if (c == '\n' || (c == '\r' && (position >= text.Length || text[position] != '\n')))
            {
                line++;
            }

            value.Append(c);
        }

        if (position < text.Length && text[position] != ',' && !IsLineBreak(text[position]))
        {
            throw Error(source, line, "a closing quote must be followed by a comma or a line break.");
        }

        return value.ToString();
    }

    private static string ReadUnquoted(string text, string source, ref int position, int line)
    {
        var start = position;
        while (position < text.Length && text[position] != ',' && !IsLineBreak(text[position]))
        {
            if (text[position] == '"')
            {
                throw Error(source, line, "a field containing a quote must be quoted as a whole.");
            }

            position++;
        }

        return text[start..position];
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r';

    private static int SkipLineBreak(string text, int position) =>
        text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? position + 2 : position + 1;

    public static InvalidDataException Error(string source, int line, string problem) =>
        new($"{source}, line {line}: {problem}");
}
