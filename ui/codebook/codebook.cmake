# SPDX-License-Identifier: GPL-3.0-or-later
# The codebook editor (Tools ▸ Codebook…) and its tree model.
target_sources(casebench_ui PRIVATE
    codebook/codebooktreemodel.h codebook/codebooktreemodel.cpp
    codebook/deletefactordialog.h codebook/deletefactordialog.cpp
    codebook/codebookeditor.h codebook/codebookeditor.cpp)
