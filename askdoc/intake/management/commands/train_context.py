"""`askdoc train_context`: fit the learned context layer of the emergency warning (askdoc/intake/context.py)."""

from pathlib import Path

import yaml
from django.conf import settings
from django.core.management.base import BaseCommand

from askdoc.intake import context, emergency, evaluation, learned, tuning
from askdoc.intake.text import is_mostly_chinese

THRESHOLDS = Path(__file__).resolve().parents[2] / "data" / "emergency_thresholds.yaml"
CALM_FOLDS = 3


def writer_sets() -> dict[str, list[dict]]:
    """Every emergency and triage file of evaluation/ that may be learned from, whole, grouped by writer. A triage
    question is an ordinary, calm symptom question (`"ordinary": True`): the writers' emergency sets hold only
    alarming texts."""
    writers = {name: [row if task == "emergency" else {"text": row["text"], "emergency": False, "ordinary": True}
                      for task, row in rows]
               for name, rows in evaluation.rows_by_writer(("emergency", "triage")).items()}
    return {name: rows for name, rows in writers.items() if any(row["emergency"] for row in rows)}


def rules_reading(text: str) -> tuple[bool, dict[str, bool]]:
    """Whether the rules and the classifier warn on a text, and what the context layer may do there (the item flags
    `context.final_warnings` reads, as `emergency.with_context` decides them)."""
    assessment, reason, doubted = emergency.assess_without_context(text)
    return bool(assessment), {"vetoable": emergency.withdrawable(text, assessment), "learned": assessment.learned_only,
                              "addable": reason is not None, "doubted": doubted}


class Command(BaseCommand):
    help = (
        "Fit the context layer of the emergency warning on every development emergency set (and 600 archive titles "
        "as calm questions) and write askdoc/intake/data/context_model.npz. --lowo: also score each writer with a "
        "model that never saw it and choose the per-language thresholds on those scores (--write saves them)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--lowo", action="store_true", help="leave one writer out: numbers and thresholds")
        parser.add_argument("--write", action="store_true", help="with --lowo: write the chosen thresholds")
        parser.add_argument("--c", type=float, default=context.C)

    def handle(self, *args, **options):
        writers = writer_sets()
        shared = Path(settings.ASKDOC_SHARED_DATA)
        self.calm = tuning.archive_titles(shared)[1] if (shared / tuning.ARCHIVE).exists() else []
        # The classifier's written training questions are always in: the short, plain emergencies the writers'
        # long stories rarely hold ("I want to end it all").
        written = learned.emergency_examples()
        self.written = ([text for text, _ in written], [label != learned.NOT_EMERGENCY for _, label in written])
        self.base = (self.written[0] + self.calm, self.written[1] + [False] * len(self.calm))
        if options["lowo"]:
            self.leave_one_writer_out(writers, options["c"], options["write"])
        rows = [row for items in writers.values() for row in items]
        coef, intercept = context.fit([r["text"] for r in rows] + self.base[0],
                                      [bool(r["emergency"]) for r in rows] + self.base[1], options["c"])
        path = context.save(coef, intercept)
        self.stdout.write(self.style.SUCCESS(f"wrote {path} ({len(rows)} items of {len(writers)} writers, "
                                             f"{len(self.base[0])} written questions and archive titles)"))

    def leave_one_writer_out(self, writers: dict, c: float, write: bool) -> None:
        warned: dict[str, list[bool]] = {}
        held_out_p: dict[str, list[float]] = {}
        # The emergency classifier learned from the English writers: each is read by one that never saw it.
        with learned.held_out_emergency_classifiers() as classifiers:
            for name, items in writers.items():
                others = [row for other, rows in writers.items() if other != name for row in rows]
                model = context.fit([r["text"] for r in others] + self.base[0],
                                    [bool(r["emergency"]) for r in others] + self.base[1], c)
                context.save(*model)
                held_out_p[name] = [context.probability(r["text"]) or 0.0 for r in items]
                warned[name] = []
                with learned.held_out_emergency(classifiers.get(name)):
                    for row in items:
                        warning, what_may_change = rules_reading(row["text"])
                        warned[name].append(warning)
                        row.update(what_may_change)
        table = yaml.safe_load(THRESHOLDS.read_text(encoding="utf-8"))
        calm = self.held_out_calm(writers, c)
        for language in ("en", "zh"):
            group = {n: rows for n, rows in writers.items()
                     if (sum(is_mostly_chinese(r["text"]) for r in rows) > len(rows) / 2) == (language == "zh")}
            # A Chinese sign the rules doubted stays doubted: no classifier reads Chinese behind the rules, and the
            # rules' "examined and treated" (住院觀察三天出院) is the surest reading there is.
            english = language == "en"
            chosen = context.choose(group, warned, held_out_p, calm if english else None,
                                    context.DOUBTED_GRID if english else (context.OFF,))
            self.stdout.write(f"{language}: veto {chosen[0]}, add {chosen[1]}, add_doubted {chosen[2]}, veto_learned "
                              f"{chosen[3]} (leave one writer out)")
            if language == "en" and calm[0]:
                share = sum(context.final_warnings(*calm, *chosen)) / len(calm[0])
                self.stdout.write(f"en: {share:.1%} of {len(calm[0])} archive titles warned (model held out)")
            for name in group:
                # Stricter: the thresholds chosen on the other writers alone, as for a new writer.
                rest = {n: rows for n, rows in group.items() if n != name}
                own = context.choose(rest, warned, held_out_p, calm if english else None,
                                     context.DOUBTED_GRID if english else (context.OFF,))
                before = context.scores(group[name], warned[name], held_out_p[name], 0.0, context.OFF)
                after = context.scores(group[name], warned[name], held_out_p[name], *chosen)
                strict = context.scores(group[name], warned[name], held_out_p[name], *own)
                ordinary = [context.ordinary_warned(group[name], warned[name], held_out_p[name], *limits)
                            for limits in ((0.0, context.OFF), chosen, own)]
                self.stdout.write(f"  {name:<28} recall / specificity {before[0]:.3f} / {before[1]:.3f} -> "
                                  f"{after[0]:.3f} / {after[1]:.3f} (model held out); {strict[0]:.3f} / "
                                  f"{strict[1]:.3f} (thresholds too: {own}); ordinary "
                                  f"questions warned {ordinary[0]} -> {ordinary[1]} / {ordinary[2]} of "
                                  f"{sum(bool(r.get('ordinary')) for r in group[name])}")
            table.setdefault("context", {})[language] = dict(zip(("veto", "add", "add_doubted", "veto_learned"), chosen,
                                                                 strict=True))
        if write:
            text = THRESHOLDS.read_text(encoding="utf-8").split("\ncontext:")[0].rstrip("\n")
            THRESHOLDS.write_text(text + "\n" + yaml.safe_dump({"context": table["context"]}), encoding="utf-8")

    def held_out_calm(self, writers: dict, c: float) -> tuple[list[dict], list[bool], list[float]]:
        """The archive titles, each third read by a model fitted on every writer and the other two thirds (as the
        shipped model, fitted on these titles, reads titles it never saw): (items, the rules' warnings,
        probabilities), for `context.choose`'s ceiling on warned everyday questions."""
        rows = [row for items in writers.values() for row in items]
        items, warned, p = [], [], []
        for third in range(CALM_FOLDS if self.calm else 0):
            seen = [t for i, t in enumerate(self.calm) if i % CALM_FOLDS != third]
            context.save(*context.fit([r["text"] for r in rows] + self.written[0] + seen,
                                      [bool(r["emergency"]) for r in rows] + self.written[1] + [False] * len(seen), c))
            for text in self.calm[third::CALM_FOLDS]:
                warning, what_may_change = rules_reading(text)
                warned.append(warning)
                items.append({"text": text, "emergency": False, **what_may_change})
                p.append(context.probability(text) or 0.0)
        return items, warned, p
