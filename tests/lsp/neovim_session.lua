-- One editing session of neovim's built-in LSP client (0.7 API) with `gcsj lsp`, driven by
-- tests/lsp/check_neovim.py: `nvim --headless --clean -n -i NONE -c "luafile neovim_session.lua"`
-- with GCSJ_NVIM_CONFIG naming a JSON file {binary, root, file, as_of, locale, fix_code, out,
-- timeout_ms}. It opens `file`, waits for the diagnostics, asks for the code actions at the first
-- diagnostic whose code is `fix_code`, applies the quick fix with
-- vim.lsp.util.apply_workspace_edit, waits for the diagnostics of the edited buffer, and writes
-- what it saw as JSON to `out`. It never writes a buffer. Every step's failure is written to `out`
-- too (`error`), so the check can say where the session stopped.

local config_lines = vim.fn.readfile(os.getenv("GCSJ_NVIM_CONFIG"))
local config = vim.fn.json_decode(table.concat(config_lines, "\n"))
local report = { steps = {} }
local timeout = config.timeout_ms

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(report) }, config.out)
  vim.cmd("qall!")
end

local function step(name)
  table.insert(report.steps, name)
end

-- Every diagnostic neovim holds, of every buffer (unopened files included: neovim makes a buffer
-- for each URI published).
local function all_diagnostics()
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(nil)) do
    local related = {}
    local lsp = d.user_data and d.user_data.lsp or {}
    for _, r in ipairs(lsp.relatedInformation or {}) do
      table.insert(related, {
        file = vim.uri_to_fname(r.location.uri),
        line = r.location.range.start.line,
        character = r.location.range.start.character,
        message = r.message,
      })
    end
    table.insert(out, {
      file = vim.api.nvim_buf_get_name(d.bufnr),
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      severity = d.severity,
      code = d.code,
      source = d.source,
      message = d.message,
      related = related,
    })
  end
  return out
end

local function has_code(bufnr, code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == code then
      return d
    end
  end
  return nil
end

-- After an edit that fixes the finding `code`: the buffer's text, then its diagnostics once the
-- server has withdrawn that finding (and what else arrives within half a second), in `report`.
local function await_fixed(bufnr, code, edit)
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  report.text_after_fix = table.concat(lines, "\n") .. "\n"
  local fixed_at = vim.loop.hrtime()
  if not vim.wait(timeout, function() return has_code(bufnr, code) == nil end, 20) then
    report.error = "the " .. code .. " diagnostic is still there after " .. edit
    report.diagnostics_after_fix = all_diagnostics()
    return false
  end
  report.fix_diagnostics_ms = (vim.loop.hrtime() - fixed_at) / 1e6
  vim.wait(500, function() return false end, 50)
  report.diagnostics_after_fix = all_diagnostics()
  return true
end

local function run()
  vim.cmd("edit " .. vim.fn.fnameescape(config.file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = "yaml"
  report.exit_code = vim.NIL
  local client_id = vim.lsp.start_client({
    name = "gcsj",
    cmd = { config.binary, "lsp" },
    root_dir = config.root,
    before_init = function(params, _)
      params.locale = config.locale
      params.initializationOptions = { asOf = config.as_of }
    end,
    on_exit = function(code, signal)
      report.exit_code = code
      report.exit_signal = signal
    end,
  })
  if not client_id then
    report.error = "vim.lsp.start_client failed"
    return
  end
  vim.lsp.buf_attach_client(bufnr, client_id)
  step("attached")

  local started = vim.loop.hrtime()
  if not vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) > 0 end, 20) then
    report.error = "no diagnostics for the opened file within " .. timeout .. " ms"
    report.diagnostics = all_diagnostics()
    return
  end
  report.first_diagnostics_ms = (vim.loop.hrtime() - started) / 1e6
  -- The other files' diagnostics come in the same burst: let it end.
  local count = -1
  vim.wait(timeout, function()
    local now = #vim.diagnostic.get(nil)
    local settled = now == count
    count = now
    return settled
  end, 300)
  report.diagnostics = all_diagnostics()
  step("diagnostics")

  local client = vim.lsp.get_client_by_id(client_id)
  report.offset_encoding = client.offset_encoding
  if config.fix_code ~= vim.NIL then
    if not quick_fix(bufnr, client_id, client) then
      return
    end
  elseif not typed_fix(bufnr) then
    return
  end

  vim.lsp.stop_client(client_id)
  vim.wait(timeout, function() return report.exit_code ~= vim.NIL end, 20)
  step("stopped")
end

-- Without quick fixes, the same edit typed (nvim_buf_set_lines): neovim's own didChange.
function typed_fix(bufnr)
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  for i, line in ipairs(lines) do
    if line:find("^catgory:") then
      vim.api.nvim_buf_set_lines(bufnr, i - 1, i, false, { (line:gsub("^catgory:", "category:")) })
      break
    end
  end
  report.applied = "typed"
  if not await_fixed(bufnr, "unknown-key", "the typed edit") then return false end
  step("typed")
  return true
end

-- The code actions at the first diagnostic of code `fix_code`, the quick fix applied, and the
-- diagnostics after it; false when a step failed (report.error says which).
function quick_fix(bufnr, client_id, client)
  local target = has_code(bufnr, config.fix_code)
  if not target then
    report.error = "no " .. config.fix_code .. " diagnostic in the opened file"
    return false
  end
  local line_diagnostics =
    vim.lsp.diagnostic.get_line_diagnostics(bufnr, target.lnum, {}, client_id)
  local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
  local character =
    vim.lsp.util.character_offset(bufnr, target.lnum, target.col, client.offset_encoding)
  params.range = {
    start = { line = target.lnum, character = character },
    ["end"] = { line = target.lnum, character = character },
  }
  params.context = { diagnostics = line_diagnostics, only = { "quickfix" } }
  local responses, err = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", params, timeout)
  if not responses then
    report.error = "textDocument/codeAction: " .. tostring(err)
    return false
  end
  local actions = {}
  for _, response in pairs(responses) do
    if response.error then
      report.error = "textDocument/codeAction error: " .. vim.fn.json_encode(response.error)
      return false
    end
    for _, action in ipairs(response.result or {}) do
      table.insert(actions, action)
    end
  end
  report.code_actions = actions
  step("code actions")
  local chosen
  for _, action in ipairs(actions) do
    if action.edit and (action.kind == nil or action.kind:find("^quickfix")) then
      chosen = action
      break
    end
  end
  if not chosen then
    report.error = "no quick fix with an edit at the " .. config.fix_code .. " diagnostic"
    return false
  end
  report.applied = chosen.title
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  step("applied")
  if not await_fixed(bufnr, config.fix_code, "the quick fix") then return false end
  report.modified = vim.bo[bufnr].modified
  step("fixed")
  return true
end

local ok, message = pcall(run)
if not ok then
  report.error = "lua error: " .. tostring(message)
end
finish()
