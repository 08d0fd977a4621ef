using Orchestrator.Domain.Requests;
using static Orchestrator.Domain.Tests.TestData;

namespace Orchestrator.Domain.Tests.Requests;

public class ServiceRequestTests
{
    private static ServiceRequest Submitted(
        ServiceRequestType type = ServiceRequestType.NewConnection, ApplicantKind applicant = ApplicantKind.Individual) =>
        ServiceRequest.Submit(
            new RequestIntake(Company, type, applicant, RequestChannel.Counter, "建设路 1 号", "新建住宅接水"),
            1, China("2026-11-23T09:15"));

    [Fact]
    public void A_request_is_numbered_by_type_china_date_and_sequence()
    {
        Assert.Equal("XZ2026112300001", Submitted().Number);
        Assert.Equal("GH2026112400042", ServiceRequest.Submit(
            new RequestIntake(Company, ServiceRequestType.OwnershipTransfer, ApplicantKind.Company, RequestChannel.OnlineHall, "A", ""),
            42, DateTimeOffset.Parse("2026-11-23T16:30:00Z")).Number);
    }

    [Fact]
    public void Every_type_has_its_own_prefix() =>
        Assert.Equal(
            Enum.GetValues<ServiceRequestType>().Length,
            Enum.GetValues<ServiceRequestType>().Select(RequestNumbers.PrefixOf).Distinct().Count());

    [Theory]
    [InlineData(0)]
    [InlineData(100_000)]
    public void A_sequence_outside_five_digits_is_refused(int sequence) =>
        Assert.Throws<InvalidValueException>(() => RequestNumbers.Compose(ServiceRequestType.Repair, Day("2026-11-23"), sequence));

    [Fact]
    public void A_request_goes_submitted_in_progress_completed_with_timeline_entries()
    {
        var request = Submitted();

        var started = request.Start(China("2026-11-23T10:00"), "clerk.wang");
        var done = request.Complete(China("2026-12-20T15:00"), "clerk.wang", "Water on, account 0000123459 opened.");

        Assert.Equal(RequestStatus.Completed, request.Status);
        Assert.Equal(China("2026-12-20T15:00"), request.ClosedAt);
        Assert.All([started, done], e => Assert.Equal(request.Id, e.RequestId));
        Assert.Equal(Company, done.CompanyId);
        Assert.Equal("clerk.wang", done.Actor);
        Assert.Contains("account 0000123459", done.Text);
    }

    [Fact]
    public void A_submitted_request_cannot_be_completed_before_it_starts()
    {
        var error = Assert.Throws<InvalidTransitionException>(() =>
            Submitted().Complete(China("2026-11-24T10:00"), "clerk.wang", "done"));

        Assert.Equal("Request XZ2026112300001 is Submitted, so it cannot be completed.", error.Message);
    }

    [Fact]
    public void Open_requests_can_be_rejected_or_cancelled_with_a_reason()
    {
        var rejected = Submitted();
        var cancelled = Submitted();
        cancelled.Start(China("2026-11-23T10:00"), "clerk.wang");

        var entry = rejected.Reject(China("2026-11-23T11:00"), "business-office.li", "Arrears of 230 yuan not settled");
        cancelled.Cancel(China("2026-11-25T11:00"), "customer", "Moved away");

        Assert.Equal(RequestStatus.Rejected, rejected.Status);
        Assert.Equal("Rejected: Arrears of 230 yuan not settled", entry.Text);
        Assert.Equal(RequestStatus.Cancelled, cancelled.Status);
        Assert.NotNull(cancelled.ClosedAt);
    }

    [Fact]
    public void A_closed_request_does_not_move_again()
    {
        var request = Submitted();
        request.Cancel(China("2026-11-23T11:00"), "customer", "Changed mind");

        Assert.Throws<InvalidTransitionException>(() => request.Start(China("2026-11-23T12:00"), "clerk.wang"));
        Assert.Throws<InvalidTransitionException>(() => request.Reject(China("2026-11-23T12:00"), "clerk.wang", "x"));
        Assert.Throws<InvalidTransitionException>(() => request.MarkDocumentProvided("plan-location-map"));
    }

    [Fact]
    public void A_rejection_needs_a_reason_and_leaves_the_status_alone_without_one()
    {
        var request = Submitted();

        Assert.Throws<InvalidValueException>(() => request.Reject(China("2026-11-23T11:00"), "clerk.wang", " "));
        Assert.Equal(RequestStatus.Submitted, request.Status);
    }

    [Fact]
    public void The_checklist_starts_from_the_required_documents_and_tracks_what_is_missing()
    {
        var request = Submitted();
        Assert.Equal(new[] { "id-or-household-register", "property-certificate", "plan-location-map" }, request.MissingDocuments());

        request.MarkDocumentProvided("property-certificate");

        Assert.Equal(new[] { "id-or-household-register", "plan-location-map" }, request.MissingDocuments());
        Assert.Contains(new DocumentCheck("property-certificate", true), request.Documents);
        Assert.Throws<InvalidValueException>(() => request.MarkDocumentProvided("deed-tax-invoice"));
    }

    [Fact]
    public void A_request_runs_in_one_process_instance()
    {
        var request = Submitted();
        var instance = Guid.NewGuid();

        request.AttachProcess(instance);
        request.AttachProcess(instance);

        Assert.Equal(instance, request.ProcessInstanceId);
        Assert.Throws<DomainException>(() => request.AttachProcess(Guid.NewGuid()));
    }
}
