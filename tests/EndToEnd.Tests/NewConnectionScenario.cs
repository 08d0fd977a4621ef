using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Orchestrator.Domain.Requests;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.EndToEnd.Tests;

/// <summary>
/// Seed 004's new connection in a real browser, each actor signed in as themselves: intake for a customer
/// with arrears, the business office settles them, design surveys, designs and budgets, the leader
/// approves, the clerk collects the fee, construction builds and hands over the meter card, the account
/// is created and the request closes.
/// </summary>
public sealed class NewConnectionScenario(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task A_new_connection_for_a_customer_with_arrears_runs_from_counter_to_water_on()
    {
        var customer = await DemoCustomers.PersonAsync(browser.Host, withArrears: true);
        var accountsBefore = await browser.Host.WithDbAsync(db => db.Accounts.CountAsync(a => a.CustomerId == customer.Id));

        var clerk = await browser.SignInAsync("clerk");
        var number = await StaffActions.SubmitNewConnectionAsync(clerk, customer.IdNumber, "城东新村8号楼", async review =>
        {
            Assert.Contains(customer.Arrears.ToString("N2"), await review.Locator("[data-testid=intake-arrears]").InnerTextAsync());
            await Screenshots.SaveAsync(review, "intake-review");
        });
        Assert.StartsWith("XZ", number);
        await clerk.OpenAsync("/inbox");
        var settleRow = clerk.Locator($"[data-testid=inbox-row][data-request='{number}']").Filter(new() { HasText = "结清欠费" });
        await settleRow.WaitForAsync();
        await Screenshots.SaveAsync(clerk, "inbox");

        var office = await browser.SignInAsync("office");
        await StaffActions.PayEverythingAtCounterAsync(office, customer.Id);
        // The clerk's open inbox drops the step by itself once the payment resumed the flow: no reload.
        await settleRow.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await Screenshots.SaveAsync(office, "customer-360-arrears-settled");

        var design = await browser.SignInAsync("design");
        await StaffActions.CompleteFromInboxAsync(design, number, "现场勘查", p => p.Tick("feasible"), screenshot: "task-survey");
        await StaffActions.CompleteFromInboxAsync(design, number, "制订设计方案", async p =>
        {
            await p.Type("designSummary", "DN25 接入，沿东侧绿化带敷设");
            await p.Tick("permitsNeeded"); // the customer must obtain permits: the request waits for them at the service center
        });

        await StaffActions.CompleteFromInboxAsync(clerk, number, "定线、掘路手续", p => p.TypeDate("permitsCompleteOn", "2026-11-20"));

        await design.OpenAsync("/board");
        await design.Locator($"[data-testid=board-card][data-request='{number}']").WaitForAsync();
        await Screenshots.SaveAsync(design, "board-design");
        await StaffActions.CompleteFromInboxAsync(design, number, "工程预算", async p =>
        {
            await p.Type("amount", "86000");
            await p.Type("depositAmount", "0");
        });

        var leader = await browser.SignInAsync("leader");
        await leader.OpenAsync("/approvals");
        var approval = leader.Locator($"[data-testid=approval-row][data-request='{number}']");
        Assert.Contains("86,000.00", await approval.Locator("[data-testid=approval-amount]").InnerTextAsync());
        await approval.Locator("input[data-testid=select-approval]").CheckAsync(new() { Force = true });
        await leader.Input("approval-comment").FillAsync("同意");
        await Screenshots.SaveAsync(leader, "approvals");
        await leader.ClickAsync("[data-testid=approve-selected]");
        await leader.Locator("[data-testid=approvals-empty]").WaitForAsync();

        await WaitForAsync(() => browser.Host.WithDbAsync(db => db.Accounts.CountAsync(a => a.CustomerId == customer.Id)), n => n == accountsBefore + 1);
        await StaffActions.PayEverythingAtCounterAsync(clerk, customer.Id, number);

        await StaffActions.CompleteFromInboxAsync(clerk, number, "签署施工协议", p => p.Tick("agreementSigned"));
        await StaffActions.CompleteFromInboxAsync(design, number, "下达施工任务", p => p.Type("plannedDays", "20"));

        var build = await browser.SignInAsync("build");
        await StaffActions.CompleteFromInboxAsync(build, number, "组织施工", p => p.TypeDate("completedOn", "2026-11-22"));
        await StaffActions.CompleteFromInboxAsync(design, number, "联合验收", async p =>
        {
            await p.Tick("accepted");
            await p.Type("finalAmount", "86000");
        });
        await StaffActions.CompleteFromInboxAsync(clerk, number, "签署供用水协议", p => p.Tick("supplyAgreementSigned"));
        await StaffActions.CompleteFromInboxAsync(build, number, "转表卡", async p =>
        {
            await p.Type("meterNumber", "M-E2E-0001");
            await p.Type("caliberMm", "20");
            await p.Type("initialReading", "0");
        });

        var request = await WaitForAsync(
            () => browser.Host.WithDbAsync(db => db.ServiceRequests.AsNoTracking().SingleAsync(r => r.Number == number)),
            r => r.Status == RequestStatus.Completed);
        Assert.NotNull(request.AccountId);
        var meters = await browser.Host.WithDbAsync(db => db.MeteringPoints.CountAsync(m => m.AccountId == request.AccountId));
        Assert.Equal(1, meters);

        await clerk.OpenAsync($"/customers/{customer.Id}");
        var line = clerk.Locator($"[data-testid=customer-request][data-request='{number}']");
        Assert.Contains("已办结", await line.Locator("[data-testid=request-status]").InnerTextAsync());
        await line.ClickAsync();
        await Screenshots.SaveAsync(clerk, "customer-360");
    }

    [Fact]
    public async Task A_construction_user_who_opens_a_design_task_url_is_refused()
    {
        var customer = await DemoCustomers.PersonAsync(browser.Host, withArrears: false);
        var clerk = await browser.SignInAsync("clerk");
        var number = await StaffActions.SubmitNewConnectionAsync(clerk, customer.IdNumber, "城西花园3号");
        var survey = await WaitForAsync(
            () => browser.Host.WithDbAsync(db => db.Set<UserTaskRecord>().AsNoTracking()
                .FirstOrDefaultAsync(t => t.BusinessKey == number && t.ElementId == "Survey" && t.Status == UserTaskStatus.Open)),
            t => t is not null, describe: () => DescribeAsync(number));

        var build = await browser.SignInAsync("build");
        await build.OpenAsync($"/tasks/{survey!.Id}");
        await build.Locator("[data-testid=task-refused]").WaitForAsync();
        Assert.Equal(0, await build.Locator("[data-testid=complete-task]").CountAsync());
        Assert.Equal(0, await build.Locator("[data-testid=customer-panel]").CountAsync());
        await Screenshots.SaveAsync(build, "task-refused");

        var design = await browser.SignInAsync("design");
        await design.OpenAsync($"/tasks/{survey.Id}");
        await design.Locator("[data-testid=task-form][data-form=survey]").WaitForAsync();
        await design.Locator("[data-testid=process-diagram][data-ready=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.True(await design.Locator(".djs-element.orc-current").CountAsync() >= 1);
        await Screenshots.SaveAsync(design, "task-page");
    }

    [Fact]
    public async Task Every_other_page_renders_for_its_role()
    {
        var leader = await browser.SignInAsync("leader");
        await leader.OpenAsync("/dashboard");
        await leader.Locator("[data-testid=backlog-table]").WaitForAsync();
        await Screenshots.SaveAsync(leader, "dashboard");
        var download = await leader.RunAndWaitForDownloadAsync(() => leader.ClickAsync("[data-testid=export-excel]"));
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path!);
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);

        var admin = await browser.SignInAsync("admin");
        foreach (var (url, marker, shot) in new[]
        {
            ("/admin/users", "[data-testid=user-row][data-user=clerk]", "admin-users"),
            ("/admin/units", "[data-testid=unit-row]", "admin-units"),
            ("/admin/calendar", "[data-testid=calendar-year][data-year='2026']", "admin-calendar"),
            ("/admin/parameters", "[data-testid=parameter-row]", "admin-parameters"),
        })
        {
            await admin.OpenAsync(url);
            await admin.Locator(marker).First.WaitForAsync();
            await Screenshots.SaveAsync(admin, shot);
        }
        Assert.Equal(0, await admin.Locator("[data-testid=user-row][data-user=dz-clerk]").CountAsync());

        var build = await browser.SignInAsync("build");
        await build.GotoAsync("/approvals");
        await build.WaitForURLAsync(url => url.Contains("/account/denied"));
    }

    private Task<string> DescribeAsync(string number) => browser.Host.WithDbAsync(async db =>
    {
        var tasks = await db.Set<UserTaskRecord>().AsNoTracking().Where(t => t.BusinessKey == number).Select(t => t.ElementId + ":" + t.Status).ToListAsync();
        var instances = await db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(i => i.BusinessKey == number).Select(i => i.Id).ToListAsync();
        var incidents = await db.Set<IncidentRecord>().AsNoTracking().Where(i => instances.Contains(i.InstanceId)).Select(i => i.ElementId + ": " + i.Message).ToListAsync();
        return $"tasks [{string.Join(", ", tasks)}], incidents [{string.Join(" | ", incidents)}]";
    });

    private static Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done, int seconds = 30, Func<Task<string>>? describe = null) =>
        Journeys.Wait.ForAsync(read, done, "the request's state", describe, seconds);
}
