from ._faces.cli import main

main()
