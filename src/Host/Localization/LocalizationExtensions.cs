using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Orchestrator.Host.Localization;

public static class LocalizationExtensions
{
    public static IHostApplicationBuilder AddUiLocalization(this IHostApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.AddScoped<FormDrafts>();
        // Chinese text goes out as characters, not as &#x...; entities.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(CultureSwitch.Default)
                .AddSupportedCultures(CultureSwitch.Supported)
                .AddSupportedUICultures(CultureSwitch.Supported);
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new QueryStringRequestCultureProvider()];
        });
        return builder;
    }
}
