using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Orchestrator.Domain.Customers;

namespace Orchestrator.EndToEnd.Tests;

/// <summary>
/// The service-center clerk's day at the counter (issue 15): every intake step checks before the next, the
/// review shows what will be submitted, arrears are taken at the counter from the intake itself, the search
/// finds the new request; a language switch in the middle of an intake keeps the page and what was typed.
/// Waits on page state only, 60 s at most (a loaded 2-core machine); a screenshot under artifacts/ on failure.
/// </summary>
public sealed class ServiceCenterClerkJourney(Browser browser) : IClassFixture<Browser>
{
    private const float Patience = 60_000;

    [Fact]
    public async Task A_clerk_takes_in_a_new_connection_settles_the_arrears_at_the_counter_and_finds_the_request()
    {
        var customer = await DemoCustomers.PersonAsync(browser.Host, withArrears: true);
        var clerk = await SignInAsync("clerk");
        await WithScreenshotOnFailureAsync(clerk, "clerk-intake-with-arrears", async () =>
        {
            await clerk.OpenAsync("/intake");
            await clerk.ClickAsync("[data-testid=intake-next]");
            await ExpectTextAsync(clerk.Locator("[data-testid=intake-error]"), "请先查找并选择客户");

            await clerk.Input("customer-search").FillAsync(customer.IdNumber);
            await clerk.ClickAsync("[data-testid=customer-search-go]");
            await clerk.ClickAsync("[data-testid=choose-customer]");
            await clerk.WaitForSelectorAsync("[data-testid=chosen-customer]");
            await clerk.ClickAsync("[data-testid=intake-next]");

            await StepAsync(clerk, 2);
            await clerk.ClickAsync("[data-testid=intake-next]");
            await ExpectTextAsync(clerk.Locator("[data-testid=intake-step]"), "请选择业务类型");
            await StepAsync(clerk, 2);
            await clerk.ChooseAsync("request-type", "新装接水");
            await clerk.Input("request-address").FillAsync("城东新村9号楼");
            await clerk.Input("request-details").FillAsync("新建住宅接水，DN25");
            await clerk.ClickAsync("[data-testid=intake-next]");

            await StepAsync(clerk, 3);
            foreach (var box in await clerk.Locator("input[data-testid=document]").AllAsync())
                await box.CheckAsync(new LocatorCheckOptions { Force = true });
            await clerk.ClickAsync("[data-testid=intake-next]");

            await clerk.WaitForSelectorAsync("[data-testid=intake-review]");
            Assert.Equal("城东新村9号楼", (await clerk.Locator("[data-testid=review-address]").InnerTextAsync()).Trim());
            Assert.Contains("新装接水", await clerk.Locator("[data-testid=review-type]").InnerTextAsync());
            Assert.Contains("新建住宅接水，DN25", await clerk.Locator("[data-testid=review-details]").InnerTextAsync());
            Assert.Contains(customer.IdNumber, await clerk.Locator("[data-testid=review-applicant]").InnerTextAsync());
            Assert.DoesNotContain("_address", await clerk.Locator("[data-testid=intake-summary]").InnerTextAsync());
            Assert.Contains(customer.Arrears.ToString("N2", CultureInfo.InvariantCulture), await clerk.Locator("[data-testid=intake-arrears]").InnerTextAsync());

            // The counter payment from the intake itself, the amount typed the way a cashier writes it ("1,234.50"),
            // account after account until nothing is overdue.
            for (var account = 0; account < 5 && await clerk.Locator("[data-testid=intake-arrears]").CountAsync() > 0; account++)
            {
                var before = await clerk.Locator("[data-testid=intake-arrears]").InnerTextAsync();
                var amount = clerk.Input("payment-amount");
                var owed = decimal.Parse(await amount.InputValueAsync(), CultureInfo.InvariantCulture);
                var written = owed.ToString("#,##0.00", CultureInfo.InvariantCulture);
                await amount.FillAsync(written);
                await ExpectTextAsync(clerk.Locator("[data-testid=counter-payment]"), $"即 {written} 元");
                if (account == 0) await Screenshots.SaveAsync(clerk, "intake-counter-payment");
                await clerk.ClickAsync("[data-testid=payment-submit]");
                await clerk.WaitForFunctionAsync(
                    "before => { const a = document.querySelector('[data-testid=intake-arrears]'); return !a || a.innerText !== before; }",
                    before, new PageWaitForFunctionOptions { Timeout = Patience, PollingInterval = 200 });
            }
            await clerk.Locator("[data-testid=intake-arrears-settled]").WaitForAsync();
            Assert.Equal(0, await clerk.Locator("[data-testid=intake-arrears]").CountAsync());

            await clerk.ClickAsync("[data-testid=intake-submit]");
            var number = System.Text.RegularExpressions.Regex.Match(
                await clerk.Locator("[data-testid=intake-submitted]").InnerTextAsync(), @"[A-Z]{2,}[0-9]{6,}").Value;
            Assert.StartsWith("XZ", number);

            await clerk.OpenAsync("/customers");
            await clerk.Input("customer-search").FillAsync(number);
            await clerk.ClickAsync("[data-testid=customer-search-go]");
            var match = clerk.Locator($"[data-testid=customer-match][data-customer='{customer.Id}']");
            await ExpectTextAsync(match.Locator("[data-testid=match-requests]"), number);
            Assert.Equal("1", await clerk.Locator("[data-testid=customer-search-total]").GetAttributeAsync("data-total"));
            await Screenshots.SaveAsync(clerk, "customer-search-request");

            await clerk.Input("customer-search").FillAsync("没有这个客户" + number);
            await clerk.ClickAsync("[data-testid=customer-search-go]");
            await ExpectTextAsync(clerk.Locator("[data-testid=customer-search-empty]"), "没有找到");

            var request = await browser.Host.WithDbAsync(db => db.ServiceRequests.AsNoTracking().SingleAsync(r => r.Number == number));
            Assert.Equal(customer.Id, request.CustomerId);
            Assert.Equal("城东新村9号楼", request.Address);
        });
    }

    [Fact]
    public async Task A_language_switch_in_the_middle_of_an_intake_keeps_the_step_and_what_was_typed()
    {
        var clerk = await SignInAsync("clerk");
        await WithScreenshotOnFailureAsync(clerk, "clerk-intake-language-switch", async () =>
        {
            var body = "37080219850307" + "214";
            var idNumber = body + ResidentIdNumber.CheckCharacter(body);
            var mistyped = body + (ResidentIdNumber.CheckCharacter(body) == '1' ? '2' : '1');

            await clerk.OpenAsync("/intake");
            await clerk.Locator(".mud-expand-panel-header").First.ClickAsync();
            await clerk.Input("new-name").FillAsync("新客户王芳");
            await clerk.Input("new-id").FillAsync(mistyped);
            await clerk.Input("new-phone").FillAsync("0537-2233445");
            await clerk.ClickAsync("[data-testid=intake-next]");
            await ExpectTextAsync(clerk.Locator("[data-testid=intake-step]"), "身份证号最后一位应为");
            await StepAsync(clerk, 1);
            await clerk.Input("new-id").FillAsync(idNumber);
            await clerk.ClickAsync("[data-testid=intake-next]");

            await StepAsync(clerk, 2);
            await clerk.ChooseAsync("request-type", "新装接水");
            await clerk.Input("request-address").FillAsync("滨河路88号");
            await clerk.Input("request-details").FillAsync("商铺接水");
            await clerk.Input("request-account").FillAsync("12345");
            await clerk.ClickAsync("[data-testid=intake-next]");
            await ExpectTextAsync(clerk.Locator("[data-testid=intake-step]"), "“12345”不是 10 位户号");
            await StepAsync(clerk, 2);
            await clerk.Input("request-account").FillAsync("");

            await clerk.ClickAsync("[data-testid=language-en]");
            await clerk.Locator("html[lang=en]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
            Assert.EndsWith("/intake", clerk.Url);
            await clerk.Locator("[data-testid=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
            await StepAsync(clerk, 2);
            await ExpectValueAsync(clerk.Input("request-address"), "滨河路88号");
            await ExpectValueAsync(clerk.Input("request-details"), "商铺接水");
            Assert.Equal("Next", (await clerk.Locator("[data-testid=intake-next]").TextContentAsync())?.Trim());
            await Screenshots.SaveAsync(clerk, "intake-after-language-switch");

            await clerk.ClickAsync("[data-testid=intake-back]");
            await StepAsync(clerk, 1);
            await ExpectValueAsync(clerk.Input("new-name"), "新客户王芳");
            await ExpectValueAsync(clerk.Input("new-id"), idNumber);

            await clerk.ClickAsync("[data-testid=language-zh-CN]");
            await clerk.Locator("html[lang=zh-CN]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
            await clerk.Locator("[data-testid=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
            await StepAsync(clerk, 1);
            await ExpectValueAsync(clerk.Input("new-phone"), "0537-2233445");
        });
    }

    [Fact]
    public async Task A_language_switch_on_the_customer_page_keeps_the_page_and_the_payment_being_typed()
    {
        var customer = await DemoCustomers.PersonAsync(browser.Host, withArrears: true);
        var clerk = await SignInAsync("clerk");
        await WithScreenshotOnFailureAsync(clerk, "clerk-customer-language-switch", async () =>
        {
            await clerk.OpenAsync($"/customers/{customer.Id}");
            await clerk.Input("payment-amount").FillAsync("1.5万");
            await ExpectTextAsync(clerk.Locator("[data-testid=counter-payment]"), "即 15,000.00 元");

            await clerk.ClickAsync("[data-testid=language-en]");
            await clerk.Locator("html[lang=en]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
            Assert.EndsWith($"/customers/{customer.Id}", clerk.Url);
            await ExpectValueAsync(clerk.Input("payment-amount"), "15000");
            await ExpectTextAsync(clerk.Locator("[data-testid=counter-payment]"), "Counter payment");
        });
    }

    private async Task<IPage> SignInAsync(string user)
    {
        var page = await browser.SignInAsync(user);
        page.Context.SetDefaultTimeout(Patience);
        return page;
    }

    private static Task StepAsync(IPage page, int step) =>
        page.Locator($"[data-testid=intake-step][data-step='{step}']").WaitForAsync();

    private static Task ExpectTextAsync(ILocator locator, string text) =>
        locator.Filter(new LocatorFilterOptions { HasText = text }).First.WaitForAsync();

    private static async Task ExpectValueAsync(ILocator input, string value)
    {
        await input.WaitForAsync();
        await Assertions.Expect(input).ToHaveValueAsync(value, new LocatorAssertionsToHaveValueOptions { Timeout = Patience });
    }

    private static async Task WithScreenshotOnFailureAsync(IPage page, string name, Func<Task> journey)
    {
        try
        {
            await journey();
        }
        catch
        {
            await Screenshots.SaveAsync(page, "failed-" + name);
            throw;
        }
    }
}
