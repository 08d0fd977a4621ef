using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Access;

namespace Orchestrator.Host.Tests.Access;

/// <summary>Interactive pages often run without an HttpContext; their queries must still be scoped to the user's company.</summary>
public sealed class WorkplaceCompanyScopeTests
{
    private static readonly Guid Company = Guid.NewGuid();

    [Fact]
    public void A_circuit_without_http_context_is_scoped_to_its_signed_in_user()
    {
        var circuit = new ServerAuthenticationStateProvider();
        circuit.SetAuthenticationState(Task.FromResult(new AuthenticationState(User(Company))));

        Assert.Equal(Company, Scope(circuit).CompanyId);
    }

    [Fact]
    public void A_signed_in_user_without_a_company_sees_nothing()
    {
        var circuit = new ServerAuthenticationStateProvider();
        circuit.SetAuthenticationState(Task.FromResult(new AuthenticationState(User(null))));

        Assert.Equal(Guid.Empty, Scope(circuit).CompanyId);
    }

    [Fact]
    public void Background_work_outside_any_circuit_or_request_is_unrestricted()
    {
        Assert.Null(Scope(new ServerAuthenticationStateProvider()).CompanyId);
    }

    private static WorkplaceCompanyScope Scope(AuthenticationStateProvider provider)
    {
        var services = new ServiceCollection().AddSingleton(provider).BuildServiceProvider();
        return new WorkplaceCompanyScope(new SignedInUser(), new HttpContextAccessor(), services);
    }

    private static ClaimsPrincipal User(Guid? company)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, "clerk") };
        if (company is { } id) claims.Add(new Claim(OrchestratorClaims.CompanyId, id.ToString()));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
