// "Open in your JupyterHub" (instructors/open-in-jupyterhub.md): build an nbgitpuller
// link from the reader's hub address and the chapter chosen by the launch
// button (the page's query string), then go there. The hub address is kept
// in this browser only (localStorage). Nothing is fetched.
// Jupyter Book loads every _static/*.js on every page (deferred), so the
// script does nothing on pages without the form.
(function () {
  const form = document.getElementById("glf-hub-form");
  if (!form) { return; }
  const input = document.getElementById("glf-hub-address");
  const query = new URLSearchParams(window.location.search);
  const repository = query.get("repo") || form.dataset.repository;
  const branch = query.get("branch") || form.dataset.branch;
  const folder = repository.replace(/\/+$/, "").split("/").pop();
  const urlpath = query.get("urlpath") || "lab/tree/" + folder;
  const notebook = urlpath.split("/").slice(3).join("/");
  if (notebook) {
    document.getElementById("glf-hub-target").textContent =
      "It will open the notebook " + notebook + ".";
  }
  try {
    input.value = window.localStorage.getItem("glf-jupyterhub") || "";
  } catch (error) {}
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    let hub = input.value.trim().replace(/\/+$/, "").replace(/\/hub$/, "");
    if (!/^https?:\/\//.test(hub)) { hub = "https://" + hub; }
    try { new URL(hub); } catch (error) {
      document.getElementById("glf-hub-error").textContent =
        "That is not a web address. It looks like https://hub.example.edu.";
      return;
    }
    try { window.localStorage.setItem("glf-jupyterhub", hub); } catch (error) {}
    const pull = new URLSearchParams({repo: repository, urlpath: urlpath, branch: branch});
    window.location.assign(hub + "/hub/user-redirect/git-pull?" + pull.toString());
  });
})();
