using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Orchestrator.Host.Features.Payments;

namespace Orchestrator.Host.Tests.Features.Payments;

/// <summary>The payment channels the test Hosts accept: a bank and WeChat for the city company, Alipay for the development zone.</summary>
public static class TestChannels
{
    public const string BankSecret = "test-bank-secret-0123456789abcdefghij";
    public const string WeChatSecret = "test-wechat-secret-0123456789abcdefgh";
    public const string DzAlipaySecret = "test-dz-alipay-secret-0123456789abcdef";

    public static IWebHostBuilder UseTestPaymentChannels(this IWebHostBuilder web) => web
        .UseSetting("Payments:Channels:Bank:Secret", BankSecret)
        .UseSetting("Payments:Channels:Bank:Company", "city")
        .UseSetting("Payments:Channels:WeChat:Secret", WeChatSecret)
        .UseSetting("Payments:Channels:WeChat:Company", "city")
        .UseSetting("Payments:Channels:DzAlipay:Secret", DzAlipaySecret)
        .UseSetting("Payments:Channels:DzAlipay:Company", "dz")
        .UseSetting("Payments:Channels:DzAlipay:Kind", "Alipay");

    /// <summary>Posts <paramref name="notice"/> as the channel would: the exact bytes, signed at <paramref name="at"/>.</summary>
    public static Task<HttpResponseMessage> PostSignedAsync(this HttpClient client, object notice, string secret, DateTimeOffset at, string? signature = null)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(notice);
        var timestamp = at.ToUnixTimeSeconds().ToString();
        return client.PostRawAsync(body, timestamp, signature ?? ChannelSignature.Sign(secret, timestamp, body));
    }

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, byte[] body, string? timestamp, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/callback") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (timestamp is not null) request.Headers.Add(ChannelSignature.TimestampHeader, timestamp);
        if (signature is not null) request.Headers.Add(ChannelSignature.SignatureHeader, signature);
        return client.SendAsync(request);
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
