using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Features.Payments;

/// <summary>
/// <c>POST /api/payments/callback</c>: a payment channel's notice. Anonymous to the sign-in machinery — a
/// staff token means nothing here — and accepted only with the channel's signature
/// (<see cref="ChannelSignature"/>) over the exact bytes received; anything else is 401 before the body is used.
/// </summary>
public static class ChannelCallbackEndpoint
{
    public const string Route = "/payments/callback";
    private const int MaxBodyBytes = 16 * 1024;

    public static RouteHandlerBuilder MapChannelCallback(this RouteGroupBuilder api) =>
        api.MapPost(Route, HandleAsync).AllowAnonymous().WithTags("Payments")
            .WithSummary("A payment channel's signed notice (X-Timestamp, X-Signature): recorded once per key; resumes the flows the ledger says it settled.")
            .Accepts<ChannelNotice>("application/json")
            .Produces<Requests.PaymentCallbackResult>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(HttpContext http, IOptionsSnapshot<PaymentsOptions> options, IOptions<JsonOptions> json,
        RecordChannelPayment command, TimeProvider clock, IStringLocalizer<SharedResource> l, ILoggerFactory logs, CancellationToken ct)
    {
        var log = logs.CreateLogger(typeof(ChannelCallbackEndpoint));
        var body = await ReadBodyAsync(http.Request, ct);
        var (channel, problem) = Verify(http.Request, body, options.Value, clock.GetUtcNow());
        if (channel is null)
        {
            log.LogWarning("Payment callback refused: {Reason}.", problem);
            return Results.Problem(l["Payment_NotSigned"], statusCode: StatusCodes.Status401Unauthorized);
        }
        ChannelNotice notice;
        try
        {
            notice = JsonSerializer.Deserialize<ChannelNotice>(body!, json.Value.SerializerOptions)!;
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
            return PaymentOutcome.Invalid(field, e.Message).ToHttpResult();
        }
        var outcome = await command.ExecuteAsync(channel, notice, ct);
        if (outcome.Refusal != PaymentRefusal.None)
            log.LogWarning("Payment callback of channel {Channel} refused ({Refusal}): {Message}", channel.Name, outcome.Refusal, outcome.Message);
        return outcome.ToHttpResult();
    }

    /// <summary>The channel whose signature holds over the exact bytes received, or why none does.</summary>
    private static (VerifiedChannel? Channel, string Problem) Verify(HttpRequest request, byte[]? body, PaymentsOptions options, DateTimeOffset now)
    {
        if (body is null) return (null, $"the body is larger than {MaxBodyBytes} bytes");
        string? timestamp = request.Headers[ChannelSignature.TimestampHeader], signature = request.Headers[ChannelSignature.SignatureHeader];
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature)) return (null, "the timestamp or signature header is missing");
        var name = ChannelNamed(body);
        if (name is null || !options.Channels.TryGetValue(name, out var settings) || PaymentsOptionsValidator.KindOf(name, settings) is not { } kind)
            return (null, $"the channel '{name}' is not configured");
        if (ChannelSignature.Problem(settings.Secret, timestamp, signature, body, now, options.SignatureWindow) is { } wrong)
            return (null, $"channel {name}: {wrong}");
        return (new VerifiedChannel(name, kind, settings.Company), "");
    }

    /// <summary>The <c>channel</c> the notice names, read before the signature is checked only to find the secret.</summary>
    private static string? ChannelNamed(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return null;
            foreach (var property in document.RootElement.EnumerateObject())
                if (property.NameEquals("channel") || string.Equals(property.Name, "channel", StringComparison.OrdinalIgnoreCase))
                    return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The raw bytes the signature covers; null when the body is too large to be a notice.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
