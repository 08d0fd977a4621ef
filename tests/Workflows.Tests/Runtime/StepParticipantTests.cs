using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Hosting;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Tests.Runtime;

/// <summary>Participants are told inside the step, before it commits, with the variables after the step; a participant that throws aborts the step.</summary>
public sealed class StepParticipantTests : WorkflowScenarioBase
{
    private readonly RecordingParticipant participant = new();

    protected override void UseStore(WorkflowEngineBuilder engine)
    {
        engine.UseInMemoryStore();
        engine.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkflowStepParticipant>(participant));
    }

    [Fact]
    public async Task A_completion_is_told_before_it_commits_with_the_answers_the_instance_holds_after_the_step()
    {
        var id = await StartAsync("parallel-join.bpmn", "parallel_join");
        var a = (await OpenTasksAsync(id)).Single(t => t.ElementId == "A");
        participant.Seen.Clear();

        await InScope(r => r.CompleteTaskAsync(a.Id, new Dictionary<string, object?> { ["approved"] = true }, "bob"));

        var step = Assert.Single(participant.Seen);
        Assert.Equal((a.Id, UserTaskChangeKind.Completed), (step.TaskChanges[0].TaskId, step.TaskChanges[0].Kind));
        Assert.Equal(true, step.VariablesOf(id)!["approved"]);
        Assert.Null(step.VariablesOf(Guid.NewGuid()));
    }

    [Fact]
    public async Task A_participant_that_throws_leaves_the_task_open()
    {
        var id = await StartAsync("parallel-join.bpmn", "parallel_join");
        var a = (await OpenTasksAsync(id)).Single(t => t.ElementId == "A");
        participant.Refuse = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => InScope(r => r.CompleteTaskAsync(a.Id, null, "bob")));

        participant.Refuse = false;
        Assert.Equal(UserTaskStatus.Open, (await OpenTasksAsync(id)).Single(t => t.Id == a.Id).Status);
    }

    private sealed class RecordingParticipant : IWorkflowStepParticipant
    {
        public List<StepCommitting> Seen { get; } = [];

        public bool Refuse { get; set; }

        public Task OnCommittingAsync(StepCommitting step, CancellationToken cancellationToken)
        {
            if (Refuse) throw new InvalidOperationException("the participant refused");
            Seen.Add(step);
            return Task.CompletedTask;
        }
    }
}
