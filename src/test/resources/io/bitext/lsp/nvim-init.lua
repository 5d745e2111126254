-- Neovim 0.7 (Debian 12) as a language-server client, headless: start `bitext lsp` for the buffer,
-- wait for its diagnostics, write them one JSON object a line to $BITEXT_NVIM_OUT and quit.
-- 0.7 has no vim.lsp.start, and the buffer is loaded only by VimEnter.
local out = os.getenv("BITEXT_NVIM_OUT")
local cmd = vim.fn.json_decode(os.getenv("BITEXT_LSP_CMD"))
vim.api.nvim_create_autocmd("VimEnter", {
  callback = function()
    local id = vim.lsp.start_client({ cmd = cmd, name = "bitext", root_dir = vim.fn.expand("%:p:h") })
    vim.lsp.buf_attach_client(0, id)
    vim.wait(120000, function() return #vim.diagnostic.get(0) > 0 end, 50)
    local lines = {}
    for _, d in ipairs(vim.diagnostic.get(0)) do
      local lsp = (d.user_data or {}).lsp or {}
      table.insert(lines, vim.fn.json_encode({
        lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
        severity = d.severity, code = d.code or lsp.code, source = d.source or lsp.source, message = d.message,
      }))
    end
    vim.fn.writefile(lines, out)
    vim.lsp.stop_client(id)
    vim.cmd("qa!")
  end,
})
