using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Payments;

/// <summary>
/// <c>/api/payments/callback</c> as a bank or WeChat calls it: only the channel's signature over the exact
/// bytes, within five minutes, books money; a replay answers the first result and leaves nothing behind.
/// </summary>
public abstract class ChannelCallbackTests(IScenarioHost host)
{
    private DateTimeOffset Now => host.Clock.GetUtcNow();

    [Fact]
    public async Task A_signed_notice_pays_and_twenty_replays_answer_the_first_result_and_buffer_nothing()
    {
        var account = await TestAccounts.CreateAsync(host, arrears: 120m);
        var client = host.Factory.CreateClient();
        var notice = Notice("ICBC-REPLAY-" + account.AccountNumber, account.AccountNumber, 120m);

        var first = await client.PostSignedAsync(notice, TestChannels.BankSecret, Now);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var paymentId = await PaymentIdAsync(first);
        var buffered = await host.BufferedMessagesAsync();

        for (var replay = 0; replay < 20; replay++)
        {
            host.Clock.Advance(TimeSpan.FromSeconds(7));
            var again = await client.PostSignedAsync(notice, TestChannels.BankSecret, Now);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            var answer = await again.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(paymentId, answer.GetProperty("payment").GetProperty("paymentId").GetGuid());
            Assert.Empty(answer.GetProperty("resumed").EnumerateArray());
        }

        Assert.Equal(buffered, await host.BufferedMessagesAsync());
        Assert.Equal(1, await host.PaymentsWithKeyAsync(notice.idempotencyKey));
    }

    [Fact]
    public async Task A_wrong_missing_or_expired_signature_or_a_staff_token_is_401_and_books_nothing()
    {
        var account = await TestAccounts.CreateAsync(host, arrears: 50m);
        var notice = Notice("ICBC-FORGED-" + account.AccountNumber, account.AccountNumber, 50m);
        var body = JsonSerializer.SerializeToUtf8Bytes(notice);
        var now = Now.ToUnixTimeSeconds().ToString();
        var anonymous = host.Factory.CreateClient();
        var staff = await host.StaffClientAsync("clerk");
        var signedBody = Orchestrator.Host.Features.Payments.ChannelSignature.Sign(TestChannels.BankSecret, now, body);

        var attempts = new Dictionary<string, Func<Task<HttpResponseMessage>>>
        {
            ["another channel's secret"] = () => anonymous.PostSignedAsync(notice, TestChannels.WeChatSecret, Now),
            ["a made-up signature"] = () => anonymous.PostSignedAsync(notice, TestChannels.BankSecret, Now, signature: new string('a', 64)),
            ["no signature"] = () => anonymous.PostRawAsync(body, now, null),
            ["no timestamp"] = () => anonymous.PostRawAsync(body, null, signedBody),
            ["signed six minutes ago"] = () => anonymous.PostSignedAsync(notice, TestChannels.BankSecret, Now.AddMinutes(-6)),
            ["signed six minutes ahead"] = () => anonymous.PostSignedAsync(notice, TestChannels.BankSecret, Now.AddMinutes(6)),
            ["an amount changed after signing"] = () => anonymous.PostRawAsync(TestChannels.Utf8(
                JsonSerializer.Serialize(notice).Replace("\"amount\":50", "\"amount\":5000")), now, signedBody),
            ["an unknown channel"] = () => anonymous.PostSignedAsync(notice with { channel = "Paypal" }, TestChannels.BankSecret, Now),
            ["a staff token and no signature"] = () => staff.PostAsJsonAsync("/api/payments/callback", notice),
            ["a staff token and a wrong signature"] = () => staff.PostSignedAsync(notice, "not-the-secret", Now),
        };

        foreach (var (what, attempt) in attempts)
            Assert.True((await attempt()).StatusCode == HttpStatusCode.Unauthorized, what);
        Assert.Equal(0, await host.PaymentsWithKeyAsync(notice.idempotencyKey));
        var inTime = await anonymous.PostSignedAsync(notice, TestChannels.BankSecret, Now.AddMinutes(-4));
        Assert.Equal(HttpStatusCode.OK, inTime.StatusCode);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1000000000000000")]
    [InlineData("1e15")]
    [InlineData("0.001")]
    [InlineData("5120.01")]
    public async Task An_amount_not_above_zero_in_fen_and_within_what_is_owed_plus_the_ceiling_is_422_naming_amount(string amount)
    {
        var account = await TestAccounts.CreateAsync(host, arrears: 120m);
        var key = "ICBC-BOUND-" + Guid.NewGuid().ToString("N");
        var body = TestChannels.Utf8($$"""{"channel":"Bank","idempotencyKey":"{{key}}","accountNumber":"{{account.AccountNumber}}","amount":{{amount}}}""");
        var timestamp = Now.ToUnixTimeSeconds().ToString();

        var response = await host.Factory.CreateClient().PostRawAsync(body, timestamp,
            Orchestrator.Host.Features.Payments.ChannelSignature.Sign(TestChannels.BankSecret, timestamp, body));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["amount"], await response.ProblemFieldsAsync());
        Assert.Equal(0, await host.PaymentsWithKeyAsync(key));
    }

    [Fact]
    public async Task What_is_owed_plus_the_ceiling_is_accepted_and_the_rest_becomes_credit()
    {
        var account = await TestAccounts.CreateAsync(host, arrears: 120m);
        var notice = Notice("ICBC-CEILING-" + account.AccountNumber, account.AccountNumber, 5_120m);

        var response = await host.Factory.CreateClient().PostSignedAsync(notice, TestChannels.BankSecret, Now);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var payment = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("payment");
        Assert.Equal(5_000m, payment.GetProperty("creditedToAccount").GetDecimal());
    }

    [Fact]
    public async Task A_channel_pays_only_accounts_of_the_company_it_collects_for()
    {
        var dz = await host.CompanyIdAsync("dz");
        var cityAccount = await TestAccounts.CreateAsync(host, arrears: 30m);
        var dzAccount = await TestAccounts.CreateAsync(host, arrears: 30m, companyId: dz);
        var client = host.Factory.CreateClient();

        var dzChannelOnCity = await client.PostSignedAsync(
            Notice("ALI-X-" + cityAccount.AccountNumber, cityAccount.AccountNumber, 30m) with { channel = "DzAlipay" }, TestChannels.DzAlipaySecret, Now);
        var cityBankOnDz = await client.PostSignedAsync(Notice("ICBC-X-" + dzAccount.AccountNumber, dzAccount.AccountNumber, 30m), TestChannels.BankSecret, Now);
        var dzChannelOnDz = await client.PostSignedAsync(
            Notice("ALI-OK-" + dzAccount.AccountNumber, dzAccount.AccountNumber, 30m) with { channel = "DzAlipay" }, TestChannels.DzAlipaySecret, Now);

        Assert.Equal(HttpStatusCode.NotFound, dzChannelOnCity.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, cityBankOnDz.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dzChannelOnDz.StatusCode);
        Assert.Equal("Alipay", (await dzChannelOnDz.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("payment").GetProperty("channel").GetString());
    }

    [Fact]
    public async Task A_payment_that_settles_no_bill_resumes_no_flow_and_buffers_nothing()
    {
        var account = await TestAccounts.CreateAsync(host);
        var buffered = await host.BufferedMessagesAsync();

        var response = await host.Factory.CreateClient().PostSignedAsync(
            Notice("WX-PREPAY-" + account.AccountNumber, account.AccountNumber, 80m) with { channel = "WeChat" }, TestChannels.WeChatSecret, Now);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("resumed").EnumerateArray());
        Assert.Equal(buffered, await host.BufferedMessagesAsync());
    }

    private static NoticeBody Notice(string key, string accountNumber, decimal amount) => new("Bank", key, accountNumber, amount);

    private static async Task<Guid> PaymentIdAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("payment").GetProperty("paymentId").GetGuid();

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006", Justification = "JSON field names as the channel sends them")]
    private sealed record NoticeBody(string channel, string idempotencyKey, string accountNumber, decimal amount);
}

public sealed class ChannelCallbackSqliteTests(SqliteScenarioHost host) : ChannelCallbackTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class ChannelCallbackPostgresTests(PostgresScenarioHost host) : ChannelCallbackTests(host), IClassFixture<PostgresScenarioHost>;
