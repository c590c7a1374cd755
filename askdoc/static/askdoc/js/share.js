// "Copy link": without JavaScript it is a plain link to the page; with it, a click copies the URL.
document.querySelectorAll("[data-copy-url]").forEach(function (link) {
  link.addEventListener("click", function (event) {
    if (!navigator.clipboard) return;
    event.preventDefault();
    navigator.clipboard.writeText(link.dataset.copyUrl).then(function () {
      var label = link.textContent;
      link.textContent = "Link copied";
      setTimeout(function () { link.textContent = label; }, 2000);
    });
  });
});
