"""askdoc train_similarity: rebuild the similarity scorer's weights from the shared data sets."""

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Train the question-similarity scorer: question-type classifier on MedQuAD, 14 pair weights on MQP "
        "(writes askdoc/retrieval/data/similarity.npz; a few minutes). With --cross-encoder, also build a MiniLM "
        "cross-encoder in ASKDOC_DATA_DIR: stage 1 on the RQE training set + MedQuAD-made pairs (~13 min on one "
        "core, kept if already there unless --retrain), stage 2 on MQP, measured leave-one-doctor-out (5 more "
        "fine-tunings, ~10 min) then fitted on every pair. Every MQP accuracy printed is leave-one-doctor-out. "
        "Reads settings.ASKDOC_SHARED_DATA."
    )

    def add_arguments(self, parser):
        parser.add_argument("--cross-encoder", action="store_true",
                            help="build (if absent) and use the fine-tuned cross-encoder")
        parser.add_argument("--retrain", action="store_true", help="redo stage 1 of the cross-encoder even if present")
        parser.add_argument("--decision-encoder", action="store_true",
                            help="train the committed decision cross-encoder (askdoc/retrieval/data/"
                                 "decision-cross-encoder, float16) from the shared data; stage 1 from MiniLM "
                                 "(~65 min on one loaded core), then --hard and --mqp continue it")
        parser.add_argument("--hard", action="store_true",
                            help="with --decision-encoder: stage 2, continue the committed cross-encoder on hard "
                                 "look-alikes and low-overlap paraphrases (askdoc.retrieval.hard_pairs; ~15 min)")
        parser.add_argument("--mqp", action="store_true",
                            help="with --decision-encoder: stage 3, fine-tune the committed cross-encoder on MQP, "
                                 "once per held-out doctor (held-out features for the honest number) and once on "
                                 "every doctor (~20 min)")
        parser.add_argument("--written", action="store_true",
                            help="with --decision-encoder: stage 4, fine-tune the committed cross-encoder on the "
                                 "hand-written pairs of the training sets under evaluation/ "
                                 "(askdoc.retrieval.written_pairs; ~12 min on two cores)")
        parser.add_argument("--decision", action="store_true",
                            help="fit the decision model's top layer (askdoc/retrieval/data/decision.npz) over the "
                                 "committed cross-encoder: MQP + unseen RQE-train pairs, MQP measured leave-one-"
                                 "doctor-out (a few minutes)")
        parser.add_argument("--foci", type=int, default=4000, help="MedQuAD foci to make training pairs from")
        parser.add_argument("--epochs", type=int, default=1, help="cross-encoder fine-tuning epochs")

    def handle(self, *args, cross_encoder, retrain, foci, epochs, decision_encoder=False, decision=False, hard=False,
               mqp=False, written=False, **options):
        import time

        if decision:
            from askdoc.retrieval.training import train_decision

            started = time.monotonic()
            result = train_decision(self.stdout.write)
            self.stdout.write(f"done in {(time.monotonic() - started) / 60:.1f} min: " + ", ".join(
                f"{name} {value:.3f}" for name, value in result.items()))
            return

        if decision_encoder:
            from askdoc.retrieval.training import train_decision_encoder, train_decision_mqp, train_decision_written

            started = time.monotonic()
            if written:
                train_decision_written(self.stdout.write)
            elif mqp:
                train_decision_mqp(self.stdout.write)
            else:
                train_decision_encoder(self.stdout.write, epochs=epochs, hard=hard)
            self.stdout.write(f"done in {(time.monotonic() - started) / 60:.1f} min")
            return

        from askdoc.retrieval.datasets import shared
        from askdoc.retrieval.training import train

        needed = [("medquad", "MedQuAD.tar.gz"), ("mqp", "mqp_dev.csv")]
        if cross_encoder or retrain:
            needed.append(("mediqa2019", "MEDIQA2019-Task2-RQE-TrainingSet-AMIA2016.xml"))
        for parts in needed:
            if not shared(*parts).exists():
                raise CommandError(f"shared data not found: {shared(*parts)} (set ASKDOC_SHARED_DATA)")
        if foci < 1 or epochs < 1:
            raise CommandError("--foci and --epochs must be at least 1")
        started = time.monotonic()
        result = train(self.stdout.write, cross=cross_encoder or retrain, retrain=retrain, foci=foci, epochs=epochs)
        self.stdout.write(f"done in {(time.monotonic() - started) / 60:.1f} min: " + ", ".join(
            f"{name} {value:.3f}" for name, value in result.items() if isinstance(value, float)))
