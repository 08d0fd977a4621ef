namespace Orchestrator.Workflows.Engine.Validation.Rules;

/// <summary>Every element and flow needs an id, and no id may be used twice.</summary>
public sealed class UniqueIdsRule : IProcessRule
{
    public IEnumerable<ValidationProblem> Check(ValidationContext context)
    {
        var ids = context.Nodes.Select(n => (n.Id, Kind: n.Kind.ToString()))
            .Concat(context.Process.Content.AllFlows().Select(f => (f.Id, Kind: "sequence flow"))).ToList();
        foreach (var missing in ids.Where(i => string.IsNullOrWhiteSpace(i.Id)))
            yield return ValidationProblem.Error(null, "element.no-id", $"A {missing.Kind} in process '{context.Process.Id}' has no id.");
        foreach (var duplicate in ids.Where(i => !string.IsNullOrWhiteSpace(i.Id)).GroupBy(i => i.Id).Where(g => g.Count() > 1))
            yield return ValidationProblem.Error(duplicate.Key, "element.duplicate-id", $"The id '{duplicate.Key}' is used by {duplicate.Count()} elements; ids must be unique.");
    }
}
