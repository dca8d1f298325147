using System.Collections.Concurrent;
using System.Net;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>Stands in for a webhook receiver: records each request and answers with the next scripted status.</summary>
public sealed class FakeWebhookReceiver : HttpMessageHandler
{
    private readonly ConcurrentQueue<HttpStatusCode> _script = new();

    public ConcurrentQueue<(HttpRequestMessage Request, byte[] Body)> Received { get; } = new();

    /// <summary>Answered once the script runs out.</summary>
    public HttpStatusCode Default { get; set; } = HttpStatusCode.OK;

    public void Then(params HttpStatusCode[] statuses)
    {
        foreach (var status in statuses)
        {
            _script.Enqueue(status);
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Received.Enqueue((request, body));
        return new HttpResponseMessage(_script.TryDequeue(out var status) ? status : Default) { Content = new StringContent("ack") };
    }
}
