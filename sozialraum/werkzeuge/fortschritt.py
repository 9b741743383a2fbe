"""The progress bar of a long management command (an import): on the terminal only.

Drawn on stderr and gone when done, so that the command's report on stdout stays clean
for a pipe or a log; off when stderr is no terminal (cron, tests).
"""

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


def fortschrittsbalken(stderr) -> Progress:
    """A ``rich`` progress bar on the command's ``self.stderr``."""
    konsole = Console(file=getattr(stderr, "_out", stderr), stderr=True)
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=konsole,
        transient=True,
        disable=not konsole.is_terminal,
    )


class Fortschrittsbalken:
    """The run's steps as a rich progress bar on the console (nothing when not a terminal)."""

    def __init__(self, progress: Progress):
        self.progress = progress
        self.aufgabe = None

    def schritt(self, titel: str, gesamt: int) -> None:
        if self.aufgabe is not None:
            self.progress.update(self.aufgabe, completed=self.progress.tasks[-1].total)
        self.aufgabe = self.progress.add_task(titel, total=gesamt)

    def weiter(self, anzahl: int = 1) -> None:
        self.progress.advance(self.aufgabe, anzahl)
