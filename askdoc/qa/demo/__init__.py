"""askdoc's demo content: fictional departments' descriptions, doctors, FAQ topics and questions.

The JSON files beside this module are the content; askdoc.qa.demo.loader puts them in the database.
Everything in them was written for askdoc and is invented: no real people, hospitals or patients.
"""
