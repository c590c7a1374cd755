import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "askdoc.settings")
application = get_wsgi_application()

from askdoc.ops.startup import refuse_unsafe_production  # noqa: E402  (needs the settings loaded above)

refuse_unsafe_production()

from askdoc.ops.warmup import warm_up  # noqa: E402

warm_up()  # each web process, before it accepts a request
