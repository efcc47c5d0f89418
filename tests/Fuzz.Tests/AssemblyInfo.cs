// The fuzz classes each drive the host flat out; on a 2-core machine they run faster one after another than together.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
