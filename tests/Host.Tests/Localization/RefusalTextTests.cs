using System.Globalization;
using System.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Orchestrator.Domain;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Organization;
using Orchestrator.Domain.Tariffs;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Localization;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Tests.Localization;

/// <summary>
/// A command's refusal as a page shows it: in Chinese by default and in English, naming the values, terms, roles and
/// statuses it is about; a refusal nobody translated still says what it is; every sentence has its English twin.
/// </summary>
public sealed class RefusalTextTests : IDisposable
{
    private readonly CultureInfo before = CultureInfo.CurrentUICulture;
    private readonly ServiceProvider services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();

    private IStringLocalizer<SharedResource> L => services.GetRequiredService<IStringLocalizer<SharedResource>>();

    private string In(string culture, DomainException refusal)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        return L.Refusal(refusal);
    }

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = before;
        services.Dispose();
    }

    [Fact]
    public void A_refused_role_names_the_action_and_the_roles_in_the_readers_language()
    {
        var reader = new BillingStaff(Guid.NewGuid(), "reader", new HashSet<string> { Roles.MeterReader });
        var refused = Assert.Throws<AccessDeniedException>(() => reader.Require("pay a refund", BillingRoles.Manager));

        Assert.Equal("reader 无权办理退款；需要角色：" + RoleCatalog.DisplayName(Roles.BusinessOfficeManager, "zh-CN"), In("zh-CN", refused));
        Assert.Equal("reader may not pay a refund; that needs the role " + RoleCatalog.DisplayName(Roles.BusinessOfficeManager, "en") + ".", In("en", refused));
    }

    [Fact]
    public void A_refund_above_the_credit_and_a_deposit_not_yet_due_say_the_amounts_terms_and_status()
    {
        var company = Guid.NewGuid();
        var account = Account.Open(company, Guid.NewGuid(), AccountNumber.FromSerial(4711), "测试路 1 号", WaterNature.Residential, new DateOnly(2025, 1, 1));
        var deposit = Deposit.Take(company, account.Id, DepositKind.LargeVolumeWater3Months, 600m, new DateOnly(2025, 7, 1));
        var ledger = new AccountLedger(account, [], [], [deposit], AccountCredit.Open(company, account.Id));

        var aboveCredit = Assert.Throws<InvalidAmountException>(() => ledger.RefundCredit(50m, PaymentChannel.Counter, "多缴", "officemgr", DateTimeOffset.UtcNow));
        var notDue = Assert.Throws<InvalidTransitionException>(() => ledger.RefundDeposit(deposit.Id, PaymentChannel.Counter, "退押金", "officemgr", DateTimeOffset.UtcNow));

        Assert.Equal("退款金额 50 元超过该户余额 0 元", In("zh-CN", aboveCredit));
        Assert.Equal("The refund amount of 50 yuan is more than the 0 yuan of credit.", In("en", aboveCredit));
        Assert.Equal("2025-07-01 收取的 600 元押金当前为“在押”，不能退还", In("zh-CN", notDue));
        Assert.Equal("The 600 yuan deposit taken on 2025-07-01 is held, so it cannot be refunded.", In("en", notDue));
    }

    [Fact]
    public void A_refusal_nobody_translated_still_says_what_it_is_and_a_missing_record_says_it_is_missing()
    {
        Assert.Equal("操作未完成：The moon is not full.", In("zh-CN", new DomainException("moon.not-full", "The moon is not full.")));
        Assert.Equal("本公司没有该记录（可能已被删除，或属于其他公司）", In("zh-CN", new DomainException("moon.not-found", "No moon.")));
        Assert.Equal("本公司没有收据 R-0001", In("zh-CN", new DomainException("receipt.not-found", "There is no receipt R-0001.") { Arguments = ["R-0001"] }));
    }

    [Theory]
    [InlineData("zh-CN", "账单", "抄表记录", "期间", "抄表复核")]
    [InlineData("en", "Bills", "Readings", "Period", "Reading review")]
    public void The_billing_pages_labels_are_found_in_both_languages(string culture, params string[] expected)
    {
        // These once sat inside another entry of the resource file, so the pages showed their keys.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var labels = new[] { "Bills", "Readings", "Period", "ReviewList" }.Select(k => L[k]).ToList();

        Assert.All(labels, label => Assert.False(label.ResourceNotFound, label.Name));
        Assert.Equal(expected, labels.Select(l => l.Value).ToArray());
    }

    [Fact]
    public void Every_sentence_has_its_english_twin()
    {
        var resources = new ResourceManager(typeof(SharedResource));
        var chinese = Keys(resources.GetResourceSet(CultureInfo.InvariantCulture, true, false)!);
        var english = Keys(resources.GetResourceSet(CultureInfo.GetCultureInfo("en"), true, false)!);

        var untranslated = chinese.Except(english).Where(k => k.StartsWith("Problem_") || k.StartsWith("Term_") || k.StartsWith("Cash_")).ToList();
        Assert.True(untranslated.Count == 0, "No English for: " + string.Join(", ", untranslated));
        Assert.Empty(english.Except(chinese));
    }

    private static HashSet<string> Keys(ResourceSet set) =>
        [.. set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key)];
}
