from askdoc.cli import main

main()
