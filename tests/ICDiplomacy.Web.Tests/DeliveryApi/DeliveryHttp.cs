using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>Requests with Delivery API headers, and golden-file comparison of JSON bodies.</summary>
public static class DeliveryHttp
{
    public const string Base = "/umbraco/delivery/api/v2/content";

    /// <summary>Set to 1 to rewrite the golden files from the current output (then review the diff).</summary>
    public const string UpdateGoldenVariable = "ICD_UPDATE_GOLDEN";

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, string url, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonNode> JsonAsync(this HttpClient client, string url, params (string Name, string Value)[] headers)
    {
        using var response = await client.SendAsync(url, headers);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    public static void AssertGolden(string name, string actualJson, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(GoldenDirectory(callerPath), name + ".json");
        var actual = JsonNode.Parse(actualJson)!.ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable(UpdateGoldenVariable) == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {name}.json is missing; run with {UpdateGoldenVariable}=1 to create it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    /// <summary>
    /// Pins <paramref name="actualJson"/> byte for byte (escaping, number and date text, property order): the golden file
    /// holds the same tokens laid out one per line for review, and only whitespace between tokens is ignored.
    /// </summary>
    public static void AssertGoldenExact(string name, string actualJson, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(GoldenDirectory(callerPath), name + ".json");
        if (Environment.GetEnvironmentVariable(UpdateGoldenVariable) == "1")
        {
            File.WriteAllText(path, Layout(actualJson));
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {name}.json is missing; run with {UpdateGoldenVariable}=1 to create it.");
        Assert.Equal(Compact(File.ReadAllText(path)), actualJson);
    }

    /// <summary>Indents JSON text without re-encoding anything: string literals and numbers are copied as they are.</summary>
    private static string Layout(string json)
    {
        var text = new StringBuilder();
        var depth = 0;
        var inString = false;
        void NewLine() => text.Append('\n').Append(' ', depth * 2);
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                text.Append(c);
                if (c == '\\')
                {
                    text.Append(json[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    text.Append(c);
                    break;
                case '{' or '[' when i + 1 < json.Length && json[i + 1] is '}' or ']':
                    text.Append(c).Append(json[++i]);
                    break;
                case '{' or '[':
                    depth++;
                    text.Append(c);
                    NewLine();
                    break;
                case '}' or ']':
                    depth--;
                    NewLine();
                    text.Append(c);
                    break;
                case ',':
                    text.Append(c);
                    NewLine();
                    break;
                case ':':
                    text.Append(": ");
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.Append('\n').ToString();
    }

    /// <summary>Drops the whitespace between tokens that <see cref="Layout"/> added.</summary>
    private static string Compact(string json)
    {
        var text = new StringBuilder(json.Length);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                text.Append(c);
                if (c == '\\')
                {
                    text.Append(json[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (!char.IsWhiteSpace(c))
            {
                inString = c == '"';
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The source folder of the golden files. CI builds with deterministic paths (ContinuousIntegrationBuild
    /// maps sources to "/_/"), so the caller's path is not a real folder there: walk up from the test binaries.
    /// </summary>
    private static string GoldenDirectory(string callerPath)
    {
        var besideCaller = Path.Combine(Path.GetDirectoryName(callerPath) ?? "", "Golden");
        if (Directory.Exists(besideCaller))
        {
            return besideCaller;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "ICDiplomacy.Web.Tests", "DeliveryApi", "Golden");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return besideCaller;
    }
}
