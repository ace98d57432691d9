// libtorch has one random generator per process, which Mlp.Create and Trainer.Fit seed (torch.manual_seed). Two test
// classes training at once would draw from it in an interleaved order, so a test that compares two seeded runs
// (ReproducibleAdamTests, TrainerTests' same-seed test) could fail by chance. The classes therefore run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
