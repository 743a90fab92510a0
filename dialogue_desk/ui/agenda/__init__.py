"""The Agenda tab: planning the programme and running it live."""
