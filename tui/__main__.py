from seedview.tui.cli import main

# Guarded: large corpora load in "spawn" worker processes, which import this module again.
if __name__ == "__main__":
    raise SystemExit(main())
