// Hangfire keeps its job storage and activator in process-wide statics, so two Hosts in one test process
// must not run at the same time; Host tests run one class after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
