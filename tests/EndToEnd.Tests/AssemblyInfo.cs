// One browser and one Host at a time: the machine has two cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
