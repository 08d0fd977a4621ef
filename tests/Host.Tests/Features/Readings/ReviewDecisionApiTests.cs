using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Metering;
using Orchestrator.Host.Tests.Infrastructure;

namespace Orchestrator.Host.Tests.Features.Readings;

/// <summary>
/// <c>POST /api/readings/{id}/reject</c> and <c>/correct</c> over HTTP: the business office decides; a meter reader or a
/// clerk gets 403, another company's administrator 404, and none of them changes the reading; a rejection keeps why
/// the reading was listed apart from why it was refused, and the rejected list shows both.
/// </summary>
public abstract class ReviewDecisionApiTests<TDatabase>(HostFixture<TDatabase> host) where TDatabase : TestDatabase, new()
{
    private async Task<List<PendingReading>> PendingAsync(int count)
    {
        var company = await host.WithDbAsync(db => db.Companies.SingleAsync(c => c.Code == "city"));
        return await PendingReadings.CreateAsync(host.Factory.Services, company.Id, ChinaTime.DateOf(DateTimeOffset.UtcNow), count);
    }

    private Task<MeterReading> ReadingAsync(Guid id) =>
        host.WithDbAsync(db => db.MeterReadings.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == id));

    [Fact]
    public async Task Only_the_business_office_of_the_company_rejects_a_reading_and_the_rejected_list_shows_why()
    {
        var reading = (await PendingAsync(1))[0];
        var body = new { reason = "表号抄错" };

        var byReader = await (await host.ClientForAsync("reader")).PostAsJsonAsync($"/api/readings/{reading.ReadingId}/reject", body);
        var byClerk = await (await host.ClientForAsync("clerk")).PostAsJsonAsync($"/api/readings/{reading.ReadingId}/reject", body);
        var byStranger = await (await host.ClientForAsync("dz-admin")).PostAsJsonAsync($"/api/readings/{reading.ReadingId}/reject", body);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound), (byReader.StatusCode, byClerk.StatusCode, byStranger.StatusCode));
        Assert.Equal(ReadingReview.Pending, (await ReadingAsync(reading.ReadingId)).Review);
        // The refusal in the caller's language (Chinese unless asked otherwise), its code for programs.
        var refused = await byReader.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("access.denied", refused.GetProperty("code").GetString());
        Assert.Contains("无权驳回待审核读数", refused.GetProperty("title").GetString());
        var inEnglish = await (await host.ClientForAsync("reader")).PostAsJsonAsync($"/api/readings/{reading.ReadingId}/reject?culture=en&ui-culture=en", body);
        Assert.Contains("may not reject a reading under review", (await inEnglish.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal("本公司没有该抄表记录", (await byStranger.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());

        var office = await host.ClientForAsync("office");
        var noReason = await office.PostAsJsonAsync($"/api/readings/{reading.ReadingId}/reject", new { reason = " " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        var rejected = await office.PostAsJsonAsync($"/api/readings/{reading.ReadingId}/reject", body);

        Assert.Equal(HttpStatusCode.NoContent, rejected.StatusCode);
        var stored = await ReadingAsync(reading.ReadingId);
        Assert.Equal((ReadingReview.Rejected, "表号抄错", "office"), (stored.Review, stored.RejectionReason, stored.RejectedBy));
        Assert.StartsWith("用量为零", stored.ReviewReason); // why it was listed stays as it was
        var list = await office.GetFromJsonAsync<JsonElement>("/api/readings/review?rejected=true&take=200");
        var row = list.EnumerateArray().Single(r => r.GetProperty("readingId").GetGuid() == reading.ReadingId);
        Assert.Equal(("表号抄错", "office"), (row.GetProperty("rejectionReason").GetString(), row.GetProperty("rejectedBy").GetString()));
        Assert.StartsWith("用量为零", row.GetProperty("reason").GetString());
        var pending = await office.GetFromJsonAsync<JsonElement>("/api/readings/review?take=200");
        Assert.DoesNotContain(pending.EnumerateArray(), r => r.GetProperty("readingId").GetGuid() == reading.ReadingId);
    }

    [Fact]
    public async Task Only_the_business_office_of_the_company_corrects_a_reading_and_the_correction_is_checked_again()
    {
        var reading = (await PendingAsync(1))[0];
        var body = new { reason = "复抄为 120", valueM3 = 120m };

        var byReader = await (await host.ClientForAsync("reader")).PostAsJsonAsync($"/api/readings/{reading.ReadingId}/correct", body);
        var byStranger = await (await host.ClientForAsync("dz-admin")).PostAsJsonAsync($"/api/readings/{reading.ReadingId}/correct", body);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.NotFound), (byReader.StatusCode, byStranger.StatusCode));
        Assert.Equal(ReadingReview.Pending, (await ReadingAsync(reading.ReadingId)).Review);

        var office = await host.ClientForAsync("office");
        var noValue = await office.PostAsJsonAsync($"/api/readings/{reading.ReadingId}/correct", new { reason = "复抄" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noValue.StatusCode);
        var corrected = await office.PostAsJsonAsync($"/api/readings/{reading.ReadingId}/correct", body);

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var taken = await corrected.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((120m, 20m, "None"), (taken.GetProperty("valueM3").GetDecimal(), taken.GetProperty("volumeM3").GetDecimal(), taken.GetProperty("review").GetString()));
        var wrong = await ReadingAsync(reading.ReadingId);
        Assert.Equal((ReadingReview.Rejected, "复抄为 120", false), (wrong.Review, wrong.RejectionReason, wrong.Billable));
        var again = await office.PostAsJsonAsync($"/api/readings/{reading.ReadingId}/correct", body);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode); // decided already
    }
}

public sealed class SqliteReviewDecisionApiTests(SqliteHostFixture host)
    : ReviewDecisionApiTests<SqliteTestDatabase>(host), IClassFixture<SqliteHostFixture>;

public sealed class PostgresReviewDecisionApiTests(PostgresHostFixture host)
    : ReviewDecisionApiTests<PostgresTestDatabase>(host), IClassFixture<PostgresHostFixture>;
