//! `uprkit serve [--bind ADDR] [--demo]`.

use crate::cli::{Cli, ServeArgs};
use anyhow::Context;
use uprkit_app::App;
use uprkit_web::AppState;
use uprkit_web::config::WebConfig;
use uprkit_web::documents::Documents;

/// Serves the web application until Ctrl-C.
pub async fn run(cli: &Cli, args: &ServeArgs) -> anyhow::Result<()> {
    let store = &super::open_store(cli).await?;
    let engine = super::open_engine(cli, store).await?;
    if args.demo {
        crate::demo::load(&App::new(store.clone(), engine.clone()), args.demo_set).await?;
    }
    let listener = tokio::net::TcpListener::bind(&args.bind).await.with_context(|| {
        format!("cannot listen on {}: is another program using it? Try --bind 127.0.0.1:8081", args.bind)
    })?;
    let address = listener.local_addr()?;
    let config = web_config(args, &address)?;
    println!("uprkit is running: open http://{address}/ in your browser (Ctrl-C stops it)");
    let uploads = cli.data_dir.join("uploads");
    // Previews left unconfirmed by an earlier run.
    uprkit_web::documents::sweep_uploads(&uploads);
    let documents = Documents { reader: super::read_document::isolated_reader()?, uploads };
    let state = AppState::new(store.clone(), engine, documents).with_config(config);
    uprkit_web::serve(listener, state).await?;
    Ok(())
}

/// The public URL and trusted proxies from the options (or their environment variables).
fn web_config(args: &ServeArgs, address: &std::net::SocketAddr) -> anyhow::Result<WebConfig> {
    let public_url = match &args.public_url {
        Some(url) => WebConfig::parse_public_url(url).context("--public-url (UPRKIT_PUBLIC_URL)")?,
        None => {
            let url = format!("http://{address}");
            println!(
                "links in invitations and calendar feeds use {url}: if people reach uprkit at another address, \
                 set it with --public-url or UPRKIT_PUBLIC_URL"
            );
            url
        }
    };
    let trusted_proxies = match &args.trusted_proxies {
        Some(list) => WebConfig::parse_proxies(list).context("--trusted-proxies (UPRKIT_TRUSTED_PROXIES)")?,
        None => Vec::new(),
    };
    if !trusted_proxies.is_empty() {
        println!("X-Forwarded-For is believed from {} trusted prox(ies) only", trusted_proxies.len());
    }
    Ok(WebConfig { public_url, trusted_proxies })
}
