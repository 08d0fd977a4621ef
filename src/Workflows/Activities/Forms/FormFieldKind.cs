namespace Orchestrator.Workflows.Activities.Forms;

public enum FormFieldKind
{
    Text,
    Multiline,
    Number,
    Money,
    Boolean,
    Choice,
    Date,
}
