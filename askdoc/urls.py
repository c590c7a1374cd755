from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView

urlpatterns = [
    path("", include("askdoc.qa.urls")),
    path("", include("askdoc.knowledge.urls")),
    path("ask/assist/", include("askdoc.intake.urls")),
    path("api/", include("askdoc.api.urls")),
    # The language switcher posts here (Django's set_language: sets the language cookie, goes back).
    path("i18n/", include("django.conf.urls.i18n")),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    # Browsers ask for /favicon.ico on pages that do not name an icon (the admin, JSON, raw files).
    path("favicon.ico", RedirectView.as_view(url=static("askdoc/favicon.svg"), permanent=True)),
]

handler400 = "askdoc.qa.views.errors.bad_request"
handler403 = "askdoc.qa.views.errors.forbidden"
handler404 = "askdoc.qa.views.errors.not_found"
handler500 = "askdoc.qa.views.errors.server_error"
