export const id = 373;
export const ids = [373];
export const modules = {

/***/ 2373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   overlayHeadDocuments: () => (/* binding */ overlayHeadDocuments)
/* harmony export */ });
/* unused harmony export MAX_HEAD_READS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _github_get_file_content_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3918);
/* harmony import */ var _io_read_workspace_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2507);





/** Documents whose head version is read through the API under pull_request_target (never checked out). */
const DOCUMENT_EXTENSIONS = /\.(md|markdown|mdx|ya?ml|json|jsonl|toml)$/i;
/** At most this many changed documents are read at the head commit (one contents read each). */
const MAX_HEAD_READS = 300;
/**
 * pull_request_target: the workspace holds the base commit. The head versions of the changed documents are read
 * through the contents API at the head SHA (one read per document in scope), never checked out or executed.
 */
async function overlayHeadDocuments(files, ctx) {
    const wanted = [...ctx.changes.scope].filter((p) => DOCUMENT_EXTENSIONS.test(p)).sort();
    const paths = wanted.slice(0, MAX_HEAD_READS);
    if (wanted.length > paths.length) {
        ctx.notes.push(`${wanted.length - paths.length} changed document(s) beyond the first ${MAX_HEAD_READS} were not read at the head commit and are not checked`);
        for (const p of wanted.slice(MAX_HEAD_READS))
            ctx.changes.scope.delete(p);
    }
    const dir = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(process.env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), 'llm-arch-lint-head-'));
    try {
        const present = [];
        for (const p of paths) {
            const content = await (0,_github_get_file_content_js__WEBPACK_IMPORTED_MODULE_4__/* .getFileContent */ ._)(ctx.octokit, { owner: ctx.owner, repo: ctx.repo, path: p, ref: ctx.headSha });
            if (!content)
                continue;
            const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, ...p.split('/'));
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), { recursive: true });
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().writeFile(target, content.text);
            present.push(p);
        }
        const head = present.length ? await (0,_io_read_workspace_js__WEBPACK_IMPORTED_MODULE_3__/* .readWorkspace */ .i)(dir, { ...ctx.read, paths: present }) : { files: [], notes: [] };
        ctx.notes.push(...head.notes);
        const replaced = new Set([...paths, ...ctx.changes.removed]);
        return [...files.filter((f) => !replaced.has(f.path)), ...head.files];
    }
    finally {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().rm(dir, { recursive: true, force: true });
    }
}


/***/ })

};
