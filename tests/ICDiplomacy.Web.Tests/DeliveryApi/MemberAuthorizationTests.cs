using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ICDiplomacy.Web.Cms.Members;
using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Cms.PublicAccess;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using static ICDiplomacy.Web.Tests.DeliveryApi.DeliverySite;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>Member sign-in (authorization code + PKCE) and what a signed-in member may see through the Delivery API.</summary>
public sealed partial class MemberAuthorizationTests
{
    private const string Security = "/umbraco/delivery/api/v1/security/member";
    private const string Callback = "https://app.example/callback";
    private const string SignedOut = "https://app.example/signed-out";
    private const string Password = "correct horse battery";

    private static readonly Dictionary<string, string?> Enabled = new()
    {
        ["DeliveryApi:MemberAuthorization:AuthorizationCodeFlow:Enabled"] = "true",
        ["DeliveryApi:MemberAuthorization:AuthorizationCodeFlow:LoginRedirectUrls:0"] = Callback,
        ["DeliveryApi:MemberAuthorization:AuthorizationCodeFlow:LogoutRedirectUrls:0"] = SignedOut,
    };

    private static async Task<(DeliveryFactory Factory, HttpClient Client)> StartAsync(bool enabled = true)
    {
        var (factory, client) = await DeliveryFactory.StartAsync(enabled ? Enabled : null);
        await using var scope = factory.Services.CreateAsyncScope();
        var members = scope.ServiceProvider.GetRequiredService<MemberService>();
        var board = (await members.CreateGroupAsync("Board", Editor)).Key!.Value;
        Assert.True((await members.CreateAsync(new MemberInput("board@example.org", "boardmember", null, Password, true, [board]), Editor)).Succeeded);
        Assert.True((await members.CreateAsync(new MemberInput("staff@example.org", "staffmember", null, Password, true, []), Editor)).Succeeded);
        var set = await scope.ServiceProvider.GetRequiredService<PublicAccessService>()
            .SetAsync(Reports, new PublicAccessInput([], ["Board"], Initiatives, Conflicts), create: true, Editor);
        Assert.True(set.Succeeded, set.Message);
        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        return (factory, client);
    }

    private static (string Verifier, string Challenge) Pkce()
    {
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (verifier, WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    private static string AuthorizeUrl(string challenge, string redirect = Callback, string method = "S256", string client = "umbraco-member", string scope = "openid") =>
        QueryHelpers.AddQueryString(Security + "/authorize", new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = client,
            ["redirect_uri"] = redirect,
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = method,
            ["scope"] = scope,
            ["state"] = "st4te",
        });

    /// <summary>Opens the sign-in page and posts the form as a browser would (antiforgery token and cookie included).</summary>
    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password, string challenge)
    {
        var url = AuthorizeUrl(challenge);
        var page = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var antiforgery = AntiforgeryField().Match(html).Groups[1].Value;
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["response_type"] = "code",
            ["client_id"] = "umbraco-member",
            ["redirect_uri"] = Callback,
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
            ["scope"] = "openid",
            ["state"] = "st4te",
            ["username"] = userName,
            ["password"] = password,
        };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    private static async Task<string> CodeAsync(HttpClient client, string userName, string verifierChallenge)
    {
        using var response = await SignInAsync(client, userName, Password, verifierChallenge);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(Callback + "?", location.OriginalString, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("st4te", query["state"].ToString());
        return query["code"].ToString();
    }

    private static Task<HttpResponseMessage> ExchangeAsync(HttpClient client, string code, string verifier, string redirect = Callback) =>
        client.PostAsync(Security + "/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "umbraco-member",
            ["code"] = code,
            ["redirect_uri"] = redirect,
            ["code_verifier"] = verifier,
        }));

    private static async Task<string> TokenAsync(HttpClient client, string userName)
    {
        var (verifier, challenge) = Pkce();
        var code = await CodeAsync(client, userName, challenge);
        using var response = await ExchangeAsync(client, code, verifier);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Bearer", body!["token_type"]!.GetValue<string>());
        Assert.Equal(3600, body["expires_in"]!.GetValue<int>());
        return body["access_token"]!.GetValue<string>();
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url, string? token = null)
    {
        using var response = await client.SendAsync(DeliveryHttp.Base + url, token is null ? [] : [("Authorization", "Bearer " + token)]);
        return response.StatusCode;
    }

    [Fact]
    public async Task Allowed_member_gets_200_and_sees_protected_items_in_queries_another_member_gets_403()
    {
        var (factory, client) = await StartAsync();
        await using var _ = factory;
        var board = await TokenAsync(client, "boardmember");
        var staff = await TokenAsync(client, "staffmember");

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, $"/item/{CaucasusReport}"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, $"/item/{CaucasusReport}", "not-a-token"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(client, $"/item/{CaucasusReport}", staff));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(client, $"/items?id={Home}&id={CaucasusReport}", staff));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/item/reports/caucasus-policy-brief/", board));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, $"/items?id={Home}&id={CaucasusReport}", board));

        using var memberAnswer = await client.SendAsync($"{DeliveryHttp.Base}/item/{CaucasusReport}", ("Authorization", "Bearer " + board));
        Assert.Equal(HttpStatusCode.OK, memberAnswer.StatusCode);
        Assert.Equal("no-store", memberAnswer.Headers.CacheControl?.ToString());

        var children = $"?fetch=children:{Reports}&take=100";
        var asBoard = await client.JsonAsync(DeliveryHttp.Base + children, ("Authorization", "Bearer " + board));
        Assert.Contains(asBoard["items"]!.AsArray(), i => i!["id"]!.GetValue<Guid>() == CaucasusReport);
        // The member's list is never served to anyone else from the cache, and the anonymous one never to the member.
        Assert.Equal(0, (await client.JsonAsync(DeliveryHttp.Base + children))["total"]!.GetValue<long>());
        Assert.Equal(0, (await client.JsonAsync(DeliveryHttp.Base + children, ("Authorization", "Bearer " + staff)))["total"]!.GetValue<long>());
        Assert.True((await client.JsonAsync(DeliveryHttp.Base + children, ("Authorization", "Bearer " + board)))["total"]!.GetValue<long>() > 0);
    }

    [Fact]
    public async Task Code_works_once_with_its_verifier_and_redirect_uri_and_a_replay_ends_the_token_it_gave()
    {
        var (factory, client) = await StartAsync();
        await using var _ = factory;
        var (verifier, challenge) = Pkce();
        var code = await CodeAsync(client, "boardmember", challenge);

        using var wrongVerifier = await ExchangeAsync(client, code, Pkce().Verifier);
        Assert.Equal(HttpStatusCode.BadRequest, wrongVerifier.StatusCode);
        Assert.Equal("invalid_grant", (await wrongVerifier.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.GetValue<string>());
        using var wrongRedirect = await ExchangeAsync(client, code, verifier, SignedOut);
        Assert.Equal(HttpStatusCode.BadRequest, wrongRedirect.StatusCode);
        using var tampered = await ExchangeAsync(client, code[..^2] + "xx", verifier);
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);

        using var first = await ExchangeAsync(client, code, verifier);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var token = (await first.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, $"/item/{CaucasusReport}", token));

        using var replay = await ExchangeAsync(client, code, verifier);
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, $"/item/{CaucasusReport}", token));
    }

    [Fact]
    public async Task Code_expires_after_two_minutes_and_a_token_after_its_lifetime()
    {
        var (factory, client) = await StartAsync();
        await using var _ = factory;
        var (verifier, challenge) = Pkce();
        var code = await CodeAsync(client, "boardmember", challenge);
        var token = await TokenAsync(client, "boardmember");

        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        using var late = await ExchangeAsync(client, code, verifier);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, $"/item/{CaucasusReport}", token));

        factory.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, $"/item/{CaucasusReport}", token));
    }

    [Fact]
    public async Task Authorize_never_redirects_to_an_unlisted_address_and_requires_s256_pkce()
    {
        var (factory, client) = await StartAsync();
        await using var _ = factory;
        var (_, challenge) = Pkce();

        foreach (var url in new[] { AuthorizeUrl(challenge, redirect: "https://evil.example/callback"), AuthorizeUrl(challenge, redirect: Callback + "/x"), AuthorizeUrl(challenge, client: "other") })
        {
            using var refused = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Null(refused.Headers.Location);
        }

        using var plain = await client.GetAsync(AuthorizeUrl(challenge, method: "plain"));
        Assert.Equal(HttpStatusCode.Redirect, plain.StatusCode);
        Assert.Equal("invalid_request", QueryHelpers.ParseQuery(plain.Headers.Location!.Query)["error"].ToString());
        using var scope = await client.GetAsync(AuthorizeUrl(challenge, scope: "openid profile"));
        Assert.Equal("invalid_scope", QueryHelpers.ParseQuery(scope.Headers.Location!.Query)["error"].ToString());

        using var page = await client.GetAsync(AuthorizeUrl(challenge));
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Saving_or_deleting_the_member_or_removing_its_group_ends_its_token()
    {
        var (factory, client) = await StartAsync();
        await using var _ = factory;
        var url = $"/item/{CaucasusReport}";
        await using var scope = factory.Services.CreateAsyncScope();
        var members = scope.ServiceProvider.GetRequiredService<MemberService>();
        var board = (await members.GroupsAsync(CancellationToken.None)).Single().Key;

        var token = await TokenAsync(client, "boardmember");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, url, token));
        var member = (await members.CheckPasswordAsync("boardmember", Password, CancellationToken.None)).Member!;
        Assert.True((await members.SaveAsync(member.Key, new MemberInput(member.Email, member.UserName, "Renamed", null, true, [board]), Editor)).Succeeded);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, url, token));

        token = await TokenAsync(client, "boardmember");
        Assert.True((await members.DeleteGroupAsync(board, Editor)).Succeeded);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, url, token));

        token = await TokenAsync(client, "boardmember");
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(client, url, token));
        Assert.True((await members.DeleteAsync(member.Key, Editor)).Succeeded);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, url, token));
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_member_out_with_the_same_message_as_a_wrong_password()
    {
        var (factory, client) = await StartAsync();
        await using var _ = factory;
        var (_, challenge) = Pkce();
        string? firstMessage = null;
        for (var i = 0; i < MemberService.MaxFailedAccessAttempts; i++)
        {
            using var failed = await SignInAsync(client, "boardmember", "wrong password " + i, challenge);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            var html = await failed.Content.ReadAsStringAsync();
            Assert.DoesNotContain("wrong password", html, StringComparison.Ordinal);
            firstMessage ??= ErrorText(html);
        }

        using var locked = await SignInAsync(client, "boardmember", Password, challenge);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Equal(firstMessage, ErrorText(await locked.Content.ReadAsStringAsync()));
        using var unknown = await SignInAsync(client, "nobody", Password, challenge);
        Assert.Equal(firstMessage, ErrorText(await unknown.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Sign_in_without_the_antiforgery_token_is_refused()
    {
        var (factory, client) = await StartAsync();
        await using var _ = factory;
        var (_, challenge) = Pkce();
        using var response = await client.PostAsync(AuthorizeUrl(challenge), new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = "boardmember", ["password"] = Password }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Sign_out_redirects_only_to_a_listed_address_and_ends_the_token_it_is_given()
    {
        var (factory, client) = await StartAsync();
        await using var _ = factory;
        var token = await TokenAsync(client, "boardmember");

        using var evil = await client.GetAsync($"{Security}/signout?post_logout_redirect_uri={Uri.EscapeDataString("https://evil.example/")}");
        Assert.Equal(HttpStatusCode.BadRequest, evil.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, $"/item/{CaucasusReport}", token));

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Security}/signout?post_logout_redirect_uri={Uri.EscapeDataString(SignedOut)}&state=bye");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        using var signedOut = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(SignedOut + "?state=bye", signedOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, $"/item/{CaucasusReport}", token));
    }

    [Fact]
    public async Task Member_authorization_is_off_by_default_its_routes_404_and_bearer_tokens_count_for_nothing()
    {
        var (factory, client) = await StartAsync(enabled: false);
        await using var _ = factory;
        var (verifier, challenge) = Pkce();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(AuthorizeUrl(challenge))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ExchangeAsync(client, "x", verifier)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Security}/signout?post_logout_redirect_uri={Uri.EscapeDataString(SignedOut)}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, $"/item/{CaucasusReport}", "anything"));
    }

    [Fact]
    public async Task Sign_in_page_and_token_endpoint_are_rate_limited_per_client_address()
    {
        var (factory, client) = await StartAsync();
        await using var _ = factory;
        var (verifier, challenge) = Pkce();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 31; i++)
        {
            using var response = i % 2 == 0 ? await client.GetAsync(AuthorizeUrl(challenge)) : await ExchangeAsync(client, "x", verifier);
            statuses.Add(response.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(30));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    private static string ErrorText(string html) => ValidationSummary().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("<li>([^<]*)</li>")]
    private static partial Regex ValidationSummary();
}
