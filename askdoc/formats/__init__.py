"""Date formats per interface language (settings.FORMAT_MODULE_PATH): the reference style 2020/03/26 in both."""
