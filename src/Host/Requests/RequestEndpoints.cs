using Orchestrator.Host.Identity;

namespace Orchestrator.Host.Requests;

/// <summary>The service-request API used by the online hall and the hotline system.</summary>
public static class RequestEndpoints
{
    public static RouteGroupBuilder MapRequests(this RouteGroupBuilder api)
    {
        api.MapPost("/requests", Submit).WithTags("Requests")
            .WithSummary("Takes a request in and starts its flow; 201 with its id, number and process instance.");
        api.MapGet("/requests/{id:guid}", Get).WithTags("Requests")
            .WithSummary("A request's status, open steps with due dates, fees, deposits and timeline.");
        api.MapGet("/customers", Search).WithTags("Customers")
            .WithSummary("Customers by name, phone, ID number, account number, address or request number; 20 a page (page from 1), the total in X-Total-Count.");
        return api;
    }

    private static async Task<IResult> Submit(SubmitRequest request, HttpContext http, RequestIntakeService intake, CancellationToken ct)
    {
        var companyId = http.User.CompanyId() ?? Guid.Empty;
        var submitted = await intake.SubmitAsync(request, companyId, http.User.DisplayName(), ct);
        return Results.Created($"/api/requests/{submitted.Id}", submitted);
    }

    private static Task<RequestDetails> Get(Guid id, RequestQueries queries, CancellationToken ct) => queries.GetAsync(id, ct);

    private static async Task<IReadOnlyList<CustomerMatch>> Search(string? query, int? page, HttpContext http, CustomerSearch search, CancellationToken ct)
    {
        var result = await search.PageAsync(query, page ?? 1, ct);
        http.Response.Headers["X-Total-Count"] = result.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return result.Items;
    }
}
