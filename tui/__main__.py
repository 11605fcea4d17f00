from seedview.tui.cli import main

raise SystemExit(main())
