using System.Runtime.CompilerServices;
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
