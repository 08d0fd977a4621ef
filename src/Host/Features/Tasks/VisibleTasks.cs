using System.Linq.Expressions;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Host.Access;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>
/// <see cref="StaffMember.MaySee"/> as a database predicate, so an inbox reads only the tasks of its
/// person's groups (candidate groups are stored as ",a,b,") and those assigned to them, not every open task.
/// </summary>
public static class VisibleTasks
{
    public static Expression<Func<UserTaskRecord, bool>> To(StaffMember staff)
    {
        var task = Expression.Parameter(typeof(UserTaskRecord), "task");
        Expression visible = Expression.Equal(Expression.Property(task, nameof(UserTaskRecord.Assignee)), Expression.Constant(staff.UserName));
        var groups = Expression.Property(task, nameof(UserTaskRecord.CandidateGroups));
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        foreach (var group in staff.CandidateGroups)
            visible = Expression.OrElse(visible, Expression.Call(groups, contains, Expression.Constant($",{group},")));
        return Expression.Lambda<Func<UserTaskRecord, bool>>(visible, task);
    }
}
